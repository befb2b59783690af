/// What an HTML element's `class` and `id` say about its content.
///
/// News sites build much of their furniture from generic `<div>`s and lists (a `<div>` menu,
/// a `top-bar` with the date, a `box-related` of teaser links, a `share-tools` list) and
/// name it in `class`/`id`. Each value is split into tokens at spaces, and each token into
/// parts at `-` and `_` (`share-bar top` → `share-bar`, `share`, `bar`, `top`); a token or a
/// part in the lists below decides. Article containers (`article`, `main`, `body`) are never
/// dropped by their class, whatever it says.
enum ClassHints {
    enum Hint: Equatable { case furniture, byline }

    /// Whole tokens or parts that name page furniture.
    static let furnitureWords: Set<String> = [
        // navigation and page frame
        "menu", "navbar", "nav", "navigation", "breadcrumb", "breadcrumbs", "masthead", "topbar",
        "subnav", "pillars", "sidebar", "footer", "pagination", "pager",
        // sharing, comments, tags
        "share", "sharing", "social", "comments", "comment", "tags", "tag", "topics", "keywords",
        // related and promoted content
        "related", "onward", "recommended", "trending", "promo", "outbrain",
        "taboola", "newsletter", "subscribe", "subscription", "paywall",
        // ads, cookies, tickers
        "ad", "ads", "advert", "advertisement", "adslot", "sponsor", "sponsored", "cookie",
        "cookies", "consent", "gdpr", "ticker", "popup", "modal",
        // labels and stamps above a story
        "kicker", "eyebrow", "series", "cate", "category", "date", "time", "datetime",
        "timestamp", "dateline", "meta", "submeta",
    ]

    /// Whole tokens that name furniture only as a whole (their parts are too common).
    static let furnitureTokens: Set<String> = [
        "header", "top-bar", "read-next", "most-viewed", "most-read", "box-related", "read-more",
        "site-header", "site-footer", "main-menu", "footer-menu", "tag-list", "share-tools",
    ]

    /// Parts that name an author line.
    static let bylineWords: Set<String> = ["byline", "author", "authors", "writer", "credit", "credits", "signature"]

    /// Elements whose class never drops them: the story's own containers.
    static let containers: Set<String> = ["article", "main", "body", "html"]

    /// The hint of an element, or nil. Byline wins over furniture (`author-meta` is a byline).
    static func hint(class cls: String?, id: String?, element: String = "div") -> Hint? {
        var furniture = false
        for value in [cls, id] {
            guard let value, !value.isEmpty else { continue }
            for token in value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                let t = String(token)
                if furnitureTokens.contains(t) { furniture = true }
                for part in t.split(whereSeparator: { $0 == "-" || $0 == "_" }) {
                    let p = String(part)
                    if bylineWords.contains(p) { return .byline }
                    if furnitureWords.contains(p) { furniture = true }
                }
            }
        }
        return furniture && !containers.contains(element) ? .furniture : nil
    }
}
