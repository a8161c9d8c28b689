"""The publisher's home country: a hint of where a story happens when the text names no country."""

from sitrep.extract.pipeline import country_context
from sitrep.geo.outlets import publisher_country


def country(publisher, gz, url=None):
    return publisher_country(publisher, url, gz, lambda name: country_context(name, gz))


def test_listed_outlets_with_or_without_the(gz):
    assert country("The Hindu", gz) == "IN"
    assert country("hindu", gz) == "IN"
    assert country("Daily Nation", gz) == "KE"


def test_a_country_named_in_the_publisher(gz):
    assert country("Star (Kenya)", gz) == "KE"
    assert country("Iraqi News", gz) == "IQ"  # a nationality adjective counts too
    assert country("Sudan Tribune", gz) == "SD"


def test_international_and_unknown_outlets_give_no_hint(gz):
    assert country("AFP", gz) is None
    assert country("Agence France-Presse", gz) is None  # "France" in its name is not its stories' country
    assert country("Voice of America", gz) is None
    # (nor is an agency's language service: "French" is the service's language, not a country)
    assert country("Xinhua News Agency - French", gz) is None
    assert country("The Star", gz) is None  # Kenyan, Malaysian and South African: only qualified forms count
    assert country(None, gz) is None and country("", gz) is None


def test_several_outlets_must_agree(gz):
    assert country("Mareb Press; Yemen Data Project", gz) == "YE"
    assert country("Star (Kenya); AFP", gz) == "KE"  # the wire adds nothing, takes nothing away
    assert country("The Hindu; Dawn", gz) is None  # India and Pakistan: no hint
    assert country("Daily Nation - Breaking News", gz) == "KE"  # a feed's title


def test_url_host(gz):
    assert country(None, gz, "https://www.standardmedia.co.ke/article/1") == "KE"
    assert country(None, gz, "https://www.thehindu.com/news/x") == "IN"
    assert country(None, gz, "https://news.example.ng/story") == "NG"
    assert country(None, gz, "https://example.co/story") is None  # .co is sold to everyone
    assert country(None, gz, "https://example.com/story") is None
    assert country("Dawn", gz, "https://example.com/story") == "PK"  # the name still counts


def test_an_acronym_in_brackets_or_a_name_glued_to_digits(gz):
    assert country("The Hindu (TH)", gz) == "IN"
    assert country("Kenya24", gz) == "KE"
    assert country("Reuters (RTR)", gz) is None  # still international


def test_a_site_written_as_its_domain(gz):
    assert country("EKantipur.com", gz) == "NP"  # a listed domain, whatever its case
    assert country("Camer.be", gz) == "CM"  # listed, though .be would say Belgium
    assert country("Example.com", gz) is None  # a generic domain says nothing


def test_a_shared_bare_name_gives_its_countries_not_one(gz):
    from sitrep.geo.outlets import publisher_countries

    assert country("Daily Mirror", gz) is None
    assert publisher_countries("Daily Mirror") == {"LK", "GB"}
    assert publisher_countries("The News; AFP") == {"PK", "MX"}
    assert publisher_countries("Daily Nation") == set() and publisher_countries(None) == set()


def test_a_shared_outlet_name_picks_among_same_name_towns_but_names_no_country(gz):
    from sitrep.extract import extract_article
    from sitrep.model import Article

    def events(text, publisher):
        art = Article(id="t", text=text, language="en", publisher=publisher)
        return extract_article(art, gz).events

    # Hyderabad is an Indian and a Pakistani city: "The News" is Pakistan's or Mexico's paper
    text = "Traders protested in Hyderabad against the price of flour."
    assert events(text, "The News")[0].location.country == "PK"
    assert events(text, None)[0].location.country == "IN"
    # with no place named, the shared name gives the event no country
    assert events("Unknown gunmen shot a shopkeeper dead outside his house.", "The News")[0].location.country is None


def test_an_outlet_reports_its_countrys_overseas_territories_as_home_news(gz):
    from sitrep.extract import extract_article
    from sitrep.geo.outlets import home_territories
    from sitrep.model import Article

    assert {"GP", "RE"} <= home_territories("FR") and home_territories("KE") == set()
    text = "Nurses protested in Baie-Mahault on Thursday to demand higher pay."
    art = Article(id="t", text=text, language="en", publisher="France Info")
    ev = extract_article(art, gz).events[0]
    assert ev.location.country == "GP" and ev.location.name == "Baie-Mahault"
    # the territory is no country of the article by itself
    art = Article(id="t", text="Unknown gunmen shot a shopkeeper dead outside his house.", language="en",
                  publisher="France Info")
    assert extract_article(art, gz).events[0].location.country == "FR"
