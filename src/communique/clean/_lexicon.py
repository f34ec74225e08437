"""General word lists for recognising boilerplate lines and glued headings.

Nothing here names a story, a person or a place: these are the words that web pages use for
their own furniture (share bars, footers, menus, credits) and the function words of English.
Lists are kept as space-separated strings so that they stay readable and easy to extend.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """Turn a space-separated word list into a lower-cased set."""
    return frozenset(text.lower().split())


SHARE_WORDS = words("""
    share shares sharing tweet retweet email e-mail mail print copy link links url facebook twitter
    x linkedin whatsapp reddit pinterest telegram messenger flipboard pocket tumblr weibo wechat
    save bookmark comment comments this article story page on via send to the a or and
    gift icon button sms threads bluesky mastodon
    teilen auf per partager sur par courriel compartir en por correo condividi su delen op
""")
"""Tokens of a share-button row; a row must consist only of these."""

SHARE_STRONG = words("""
    share tweet retweet email e-mail print facebook twitter linkedin whatsapp reddit pinterest
    telegram messenger flipboard weibo wechat bookmark teilen partager compartir condividi delen
""")
"""Tokens that only a share row has in quantity; at least one must be present."""

LANGUAGE_NAMES = words("""
    english español espanol spanish français francais french deutsch german italiano italian
    português portugues portuguese русский russian українська ukrainian polski polish
    nederlands dutch türkçe turkish العربية عربي arabic فارسی persian farsi עברית hebrew
    中文 简体中文 繁體中文 繁体中文 chinese 日本語 japanese 한국어 korean हिन्दी hindi বাংলা bengali
    bahasa indonesia melayu tiếng việt vietnamese ไทย thai kiswahili swahili hausa
    svenska swedish norsk norwegian dansk danish suomi finnish ελληνικά greek čeština czech
    magyar hungarian română romanian български bulgarian srpski српски hrvatski català
    esperanto urdu اردو tamil தமிழ் pashto پښتو amharic አማርኛ
""")
"""Language names in English and as their speakers write them (language menus list these)."""

CREDIT_AGENCIES = (
    "Getty Images", "Getty", "AFP", "AP", "AP Photo", "Reuters", "EPA", "EPA-EFE", "EFE",
    "Xinhua", "VCG", "IC", "Shutterstock", "Alamy", "Bloomberg", "Sipa", "SIPA", "ANSA", "dpa",
    "DPA", "Anadolu", "Anadolu Agency", "TASS", "Sputnik", "Pool", "Handout", "iStock",
    "iStockphoto", "NurPhoto", "ZUMA", "ZUMA Press", "Zuma Press", "Imago", "SOPA Images",
    "UPI", "Kyodo", "Yonhap", "PA", "PA Images", "PA Wire", "Abaca", "ABACA", "Corbis",
    "Keystone", "WireImage", "Redux", "Polaris", "RIA Novosti", "Wikimedia Commons",
    "Wikimedia", "Xinhua News Agency", "CFP", "Visual China Group", "Sipa USA",
)
"""Photo agencies and credit words seen at the end of captions (``(Name/Getty Images)``)."""

CREDIT_LEADS = ("photo", "photograph", "photos", "picture", "image", "images", "credit",
                "photo credit", "image credit", "image source", "pictured", "file photo",
                "video", "illustration", "graphic")
"""Words that introduce a credit: ``Photo: Jane Doe``, ``Image source, Getty Images``."""

FUNCTION_WORDS = words("""
    a an the and or but nor of to in on at by for with from into onto over under about as
    than that which who whom whose this these those is are was were be been being am has have
    had do does did will would shall should can could may might must not no its it his her
    their our your my if so then also very just only such per via upon between among against
    during after before since until while because although though whether up out off
    """)
"""English function words: a glued heading never ends with one."""

REPORTING_VERBS = words("""
    said says say told tells tell added adds noted notes stated states wrote writes asked asks
    according announced announces reported reports claimed claims warned warns insisted insists
    called calls urged urges named names dubbed met meets visited visits
""")
"""Verbs that are normally followed by a name or a quote, never by the end of a heading."""

SENTENCE_OPENERS = words("""
    the a an this that these those its their his her our my your some many most several few
    all both each every no another other such ahead after before despite however in on at
    for from with without during while when where as since until amid among although though
    but and yet so thus meanwhile still also instead moreover furthermore nevertheless
    nonetheless indeed now then today yesterday tomorrow earlier later last next according
    following under over about against over through there here it he she we they you one two
    three officials experts analysts critics supporters if what why how who which once
    unlike like by to separately overall
""")
"""Words that often open a news sentence; a capitalised one glued after a lowercase word is a
boundary cue. ``I`` is absent on purpose: it is capitalised inside sentences too."""

TITLE_NOUNS = words("""
    newspaper magazine film movie book novel album song show series paper daily weekly
    programme program channel network station outlet publication podcast site website journal
    play opera musical documentary game newsletter column blog broadcaster tabloid
""")
"""Nouns that a capitalised title follows inside a sentence (``the newspaper The Times``)."""

MONTHS = words("""
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
""")
"""Month names and abbreviations (without the trailing dot)."""

WEEKDAYS = words("""
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
    sat sun
""")
"""Weekday names and abbreviations."""

NAME_CONNECTORS = words("and & de da del della di van von der den bin ibn al el la le du dos das")
"""Lower-case words that may sit inside a person's name or between two names in a byline."""


# Phrase patterns of page furniture. Each is specific enough to match the furniture and not a
# news sentence that merely talks about the same thing (a story about cookies, a tip line…).

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_LEADING_TIME = r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?,?\s+)?"
DATE_EXPR = (
    rf"{_LEADING_TIME}{_WEEKDAY}(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{4}}/\d{{1,2}}/\d{{1,2}}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    r"(?:(?:,|\s+at|\s*[|T-])?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4}|\([A-Z]{2,4}\))?)?"
)
"""A calendar date with an optional time before or after it, as bylines and headers write it."""

DATE_LABELS = (r"(?:published|updated|last updated|first published|posted|date|modified"
               r"|created|originally published)(?:\s+on)?\s*[:：]?\s*")
"""Labels that may precede a byline date (``Published: …``, ``Updated on …``)."""

ADVERTISEMENT = (
    r"advertisement|advertising|advert|sponsored(?: content)?|ad|paid content|promoted"
    r"|(?:story|article) continues (?:below|after)(?: (?:this|the))?(?: advertisement| ad)?"
    r"|continue reading(?: below| the main story)?|scroll to continue with content"
)
"""Whole lines that mark an advertisement slot."""

NAVIGATION_LINES = (
    r"skip to (?:main )?content|skip to navigation|back to top|menu|main menu|search|log ?in"
    r"|sign ?in|home|close|next article|previous article|print this page"
    r"|follow us(?: on [\w ]+)?|privacy policy|privacy|terms of (?:use|service)|terms"
    r"|contact us|contact|about us|about|sitemap|site map|accessibility|careers|advertise"
    r"(?: with us)?|cookie settings|all topics|latest news|top stories|more stories"
)
"""Whole lines (or segments of a ``|`` row) that are site navigation."""

RELATED_LEADS = (
    r"read more|read also|also read|see also|related|related (?:articles?|stories|coverage"
    r"|content|news|topics|links|reading|posts?)|more on this(?: story| topic)?"
    r"|recommended(?: stories| for you| reading)?|you may also like|you might also like"
    r"|trending(?: now)?|most (?:read|popular|viewed|shared)|further reading|watch now"
    r"|watch|listen|explore more|more coverage|editor'?s picks|top picks|in other news"
    r"|more from [\w' ]{1,30}"
)
"""Leads of a related-links line; they must be followed by a colon or end the line."""

COMMENT_PHRASES = (
    r"in the comments?(?: section| below)?|comments?(?: section)? below|below in the comments"
    r"|leave (?:a|your) (?:comment|reply)|post (?:a|your) comment|join the (?:conversation"
    r"|discussion|debate)|let us know (?:in|below|what you think)|tell us (?:in|below|what you"
    r" think)|have your say|comment below|sound off|drop (?:a|your) comment"
)
"""Phrases with which a page invites its readers to comment."""

CONTRIBUTOR_NOTE = (
    r"\(?\s*(?:[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|and|&|of|the|de|in|for)){0,8},?\s+"
    r"contributed(?: additional)?(?: reporting| reports| research)?(?: to| for)?"
    r" (?:this|the) (?:report|story|article|piece|coverage)"
    r"|(?i:(?:with )?(?:additional |further )?(?:reporting|writing|editing|compiled|compilation"
    r"|edited|translated|translation|produced|research|fact-checking) (?:by|from) )[A-Z]"
    r"|(?i:contributing(?: reporters?)?\s*:\s*)[A-Z])"
)
"""The opening of a contributor note (``Reuters contributed to this report.``,
``Additional reporting by …``, ``Editing by …``)."""

NEWSLETTER_LEADS = (
    r"sign up|subscribe|register|join|get|receive|don'?t miss|never miss|stay informed"
    r"|stay up to date|want more"
)
"""Imperative openings of a newsletter pitch."""

NEWSLETTER_WORDS = (
    r"newsletters?|inbox|e-?mail|alerts|subscribe|sign up|briefing|digest|subscription"
)
"""Words that make an imperative opening a newsletter pitch."""

COOKIE_PHRASES = (
    r"(?:we|this (?:web)?site|our (?:web)?site|the site) uses? cookies|accept (?:all )?cookies"
    r"|cookie (?:policy|settings|preferences|consent|notice|banner)|use of cookies"
    r"|by (?:continuing|using this (?:web)?site)\b.{0,80}\b(?:agree|consent|accept)"
)
"""Phrases of a cookie banner."""

LICENCE_PHRASES = (
    r"©|\(c\)\s*(?:\d{4}|[A-Z])|\bcopyright\s*(?:©\s*)?(?:\(c\)\s*)?\d{4}|all rights reserved"
    r"|\b(?:licen[cs]e|permit|registration|reg\.?|filing|record)\s*(?:no\.?|number|#|num\.?)"
    r"\s*[:：]?\s*[\w-]*\d{3,}|\bICP\b.{0,12}\d{4,}"
    r"|(?:许可证|备案|网安备|ICP备|证号|登记号).{0,12}\d{5,}"
    r"|(?:may|must|cannot|can ?not|shall) not be (?:re)?(?:produced|published|distributed"
    r"|broadcast|rewritten|printed)\b.{0,80}\b(?:without|permission|consent)"
)
"""Phrases of a copyright or licence footer, including registration numbers."""

HOTLINE = (
    r"\b(?:hot ?line|tip ?line|helpline|help line|news tips?|tips? line|whistle-?blower line)"
    r"\b[^.!?]{0,50}[:：]\s*(?:\+?[\d(][\d\s().-]{5,}\d|\S+@\S+)"
)
"""A hotline or tip line with its number or address."""

AUXILIARIES = words("""
    is are was were be been has have had will would can could may might must shall should does
    did do also still now again already
""")
"""Auxiliary verbs and the adverbs that sit where a verb would: the word after a sentence's
subject, used to tell a restated subject (``Talks stalled Talks have …``) from a name."""

WH_WORDS = words("where when what why how who whom whose which whether whatever")
"""Question and relative words: a heading never ends with one, a clause often does."""
