import Foundation

/// The readable text and metadata of one HTML page.
struct HTMLPage: Equatable {
    struct Block: Equatable {
        /// The block's text, entities decoded, whitespace collapsed; `<br>` kept as `\n`.
        var text: String
        /// True for `<figcaption>` (and `<caption>`): the layout marks it as a caption.
        var isCaption: Bool
        /// True inside an element whose class or id names an author line (`byline`,
        /// `author`, `credit`): the layout makes it a sign-off.
        var isByline = false
    }
    var title: String?
    var language: String?
    var published: String?
    var siteName: String?
    var url: String?
    var blocks: [Block] = []
}

/// Extracts visible article text from HTML in one pass over its bytes, without building a
/// DOM: tag soup, unclosed elements and very deep nesting all cost linear time.
///
/// Dropped: `script`, `style` and the page furniture around an article (`nav`, `header`,
/// `footer`, `aside`, `form`, `noscript`, plus `template`, `svg`, `iframe`, `button`, …).
/// Block elements become paragraph breaks, `<br>` a line break. When the page marks its
/// story with `<article>` (or `itemprop="articleBody"`), only the largest such element is
/// kept, which leaves out the teaser cards most sites put around it; `<main>` is the next
/// best hint.
///
/// Sites that build their furniture from `<div>`s and lists say what it is in `class` and
/// `id` (`share-bar`, `box-related`, `cookie-banner`, `top-bar`, `tag-list`): an element
/// whose class or id names furniture is dropped like `<nav>`, and one that names an author
/// line (`byline`, `author`) marks its text as a byline (see `ClassHints`).
enum HTMLExtractor {
    static let dropped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template",
        "svg", "math", "iframe", "button", "select", "textarea", "object", "embed", "canvas",
        "audio", "video", "map", "dialog", "head",
    ]
    /// Elements whose content is raw text up to the matching end tag.
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "plaintext", "noscript"]
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen",
    ]
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "option", "legend", "menu", "hgroup", "picture", "img", "iframe", "video", "audio",
    ]
    /// Open elements tracked at most; deeper ones are treated as inline (linear time on
    /// pathological nesting).
    static let maxStack = 512

    private struct Frame {
        var name: String
        var drops: Bool
        var article: Bool
        var main: Bool
        var caption: Bool
        var byline: Bool
    }

    private struct RawBlock {
        var bytes: [UInt8]
        var caption: Bool
        var byline: Bool
        var article: Int?
        var main: Bool
    }

    static func extract(_ html: String) -> HTMLPage {
        var page = HTMLPage()
        let bytes = Array(html.utf8)
        let n = bytes.count
        var i = 0
        var stack: [Frame] = []
        var dropDepth = 0, articleDepth = 0, mainDepth = 0, captionDepth = 0, bylineDepth = 0
        var articleCounter = 0
        var currentArticle: Int?
        var current: [UInt8] = []
        var raw: [RawBlock] = []
        var h1: [UInt8]? = nil
        var h1Done = false
        var inH1 = false
        var ogTitle: String?

        func flush() {
            if !current.isEmpty {
                raw.append(RawBlock(bytes: current, caption: captionDepth > 0, byline: bylineDepth > 0,
                                    article: articleDepth > 0 ? currentArticle : nil, main: mainDepth > 0))
                current.removeAll(keepingCapacity: true)
            }
        }
        func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b }
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x3A || b == 0x5F
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
        /// Index of `needle` (lowercase ASCII) at or after `from`, case-insensitively; n if absent.
        func find(_ needle: [UInt8], from: Int) -> Int {
            guard !needle.isEmpty else { return from }
            var k = from
            while k + needle.count <= n {
                if lower(bytes[k]) == needle[0] {
                    var m = 1
                    while m < needle.count, lower(bytes[k + m]) == needle[m] { m += 1 }
                    if m == needle.count { return k }
                }
                k += 1
            }
            return n
        }
        func text(_ slice: ArraySlice<UInt8>) -> String {
            collapse(HTMLEntities.decode(Substring(String(decoding: slice, as: UTF8.self))))
        }
        func appendText(_ slice: ArraySlice<UInt8>) {
            if inH1, !h1Done { h1!.append(contentsOf: slice); h1!.append(0x20) }
            guard dropDepth == 0 else { return }
            for b in slice { current.append(isSpace(b) ? 0x20 : b) }
        }
        func popTo(_ index: Int) {
            while stack.count > index {
                let f = stack.removeLast()
                if f.drops { dropDepth -= 1 }
                if f.article { articleDepth -= 1 }
                if f.main { mainDepth -= 1 }
                if f.caption { captionDepth -= 1 }
                if f.byline { bylineDepth -= 1 }
            }
        }

        while i < n {
            let b = bytes[i]
            if b != 0x3C {  // '<'
                var j = i
                while j < n, bytes[j] != 0x3C { j += 1 }
                appendText(bytes[i..<j])
                i = j
                continue
            }
            // Comment, doctype, processing instruction, CDATA.
            if i + 1 < n, bytes[i + 1] == 0x21 || bytes[i + 1] == 0x3F {
                if i + 3 < n, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D {
                    let end = find(Array("-->".utf8), from: i + 4)
                    i = min(n, end + 3)
                } else if i + 8 < n, bytes[(i + 2)..<(i + 9)].elementsEqual("[CDATA[".utf8) {
                    let end = find(Array("]]>".utf8), from: i + 9)
                    appendText(bytes[(i + 9)..<min(end, n)])
                    i = min(n, end + 3)
                } else {
                    var j = i + 2
                    while j < n, bytes[j] != 0x3E { j += 1 }
                    i = min(n, j + 1)
                }
                continue
            }
            let closing = i + 1 < n && bytes[i + 1] == 0x2F
            let nameStart = closing ? i + 2 : i + 1
            guard nameStart < n, (bytes[nameStart] | 0x20) >= 0x61, (bytes[nameStart] | 0x20) <= 0x7A else {
                appendText(bytes[i..<(i + 1)])  // a literal '<'
                i += 1
                continue
            }
            var j = nameStart
            while j < n, isNameByte(bytes[j]) { j += 1 }
            let name = String(decoding: bytes[nameStart..<j].map(lower), as: UTF8.self)
            // Attributes up to '>', honouring quotes.
            var attrs: [String: String] = [:]
            var selfClosing = false
            while j < n, bytes[j] != 0x3E {
                if isSpace(bytes[j]) { j += 1; continue }
                if bytes[j] == 0x2F { selfClosing = true; j += 1; continue }
                selfClosing = false
                let an = j
                while j < n, !isSpace(bytes[j]), bytes[j] != 0x3D, bytes[j] != 0x3E, bytes[j] != 0x2F { j += 1 }
                if j == an, j < n, bytes[j] != 0x3D { j += 1; continue }  // stray character
                let attrName = String(decoding: bytes[an..<j].map(lower), as: UTF8.self)
                while j < n, isSpace(bytes[j]) { j += 1 }
                var value = ""
                if j < n, bytes[j] == 0x3D {
                    j += 1
                    while j < n, isSpace(bytes[j]) { j += 1 }
                    if j < n, bytes[j] == 0x22 || bytes[j] == 0x27 {
                        let q = bytes[j]
                        let vs = j + 1
                        j = vs
                        while j < n, bytes[j] != q { j += 1 }
                        value = text(bytes[vs..<min(j, n)])
                        if j < n { j += 1 }
                    } else {
                        let vs = j
                        while j < n, !isSpace(bytes[j]), bytes[j] != 0x3E { j += 1 }
                        value = text(bytes[vs..<j])
                    }
                }
                if !closing, attrs[attrName] == nil, attrs.count < 64 { attrs[attrName] = value }
            }
            i = min(n, j + 1)

            if closing {
                if blocks.contains(name) { flush() }
                if name == "h1", inH1 { inH1 = false; h1Done = true }
                if let k = stack.lastIndex(where: { $0.name == name }) { popTo(k) }
                continue
            }

            // Start tag.
            switch name {
            case "html":
                if let lang = attrs["lang"] ?? attrs["xml:lang"], !lang.isEmpty { page.language = lang }
            case "meta":
                let key = (attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? attrs["http-equiv"] ?? "").lowercased()
                let content = attrs["content"] ?? ""
                if !content.isEmpty {
                    switch key {
                    case "article:published_time", "datepublished", "pubdate", "publishdate",
                         "og:published_time", "dc.date.issued", "date":
                        if page.published == nil { page.published = content }
                    case "og:site_name":
                        page.siteName = content
                    case "application-name":
                        if page.siteName == nil { page.siteName = content }
                    case "og:url":
                        page.url = content
                    case "og:title":
                        ogTitle = content
                    case "content-language", "og:locale", "language", "dc.language":
                        if page.language == nil { page.language = content }
                    default: break
                    }
                }
            case "link":
                if (attrs["rel"] ?? "").lowercased().split(separator: " ").contains("canonical"),
                   let href = attrs["href"], !href.isEmpty, page.url == nil || page.url!.isEmpty {
                    page.url = href
                }
            default: break
            }
            if blocks.contains(name) { flush() }
            if name == "br" { if dropDepth == 0 { current.append(0x0A) }; continue }
            if rawText.contains(name) {
                let end = find(Array("</\(name)".utf8), from: i)
                if name == "title" {
                    let t = text(bytes[i..<end])
                    if page.title == nil, !t.isEmpty { page.title = t }
                } else if name == "textarea" || name == "xmp" {
                    // Form and code widgets: not article text.
                }
                var k = end
                while k < n, bytes[k] != 0x3E { k += 1 }
                i = min(n, k + 1)
                continue
            }
            if void.contains(name) || selfClosing { continue }
            // Implied end tags for the common unclosed paragraphs and list items.
            if name == "p" || name == "li" || name == "dt" || name == "dd" || name == "tr" || name == "td" || name == "th",
               let top = stack.last, top.name == name {
                popTo(stack.count - 1)
            }
            if name == "h1", !h1Done, !inH1 { inH1 = true; h1 = [] }
            guard stack.count < maxStack else { continue }
            let isArticle = name == "article" || (attrs["itemprop"] ?? "").lowercased() == "articlebody"
            if isArticle, articleDepth == 0 { articleCounter += 1; currentArticle = articleCounter }
            let hint = ClassHints.hint(class: attrs["class"], id: attrs["id"], element: isArticle ? "article" : name)
            let frame = Frame(name: name, drops: dropped.contains(name) || hint == .furniture, article: isArticle,
                              main: name == "main", caption: name == "figcaption" || name == "caption",
                              byline: hint == .byline)
            if frame.drops { dropDepth += 1 }
            if frame.byline { bylineDepth += 1 }
            if frame.article { articleDepth += 1 }
            if frame.main { mainDepth += 1 }
            if frame.caption { captionDepth += 1 }
            stack.append(frame)
        }
        flush()

        // Keep the largest article, else <main>, else everything visible.
        var chosen = raw
        if raw.contains(where: { $0.article != nil }) {
            var sizes: [Int: Int] = [:]
            for r in raw { if let a = r.article { sizes[a, default: 0] += r.bytes.count } }
            let best = sizes.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
            chosen = raw.filter { $0.article == best }
        } else if raw.contains(where: { $0.main }) {
            chosen = raw.filter { $0.main }
        }
        for r in chosen {
            let lines = String(decoding: r.bytes, as: UTF8.self).split(separator: "\n")
            let decoded = lines.map { collapse(HTMLEntities.decode($0)) }.filter { !$0.isEmpty }
            if decoded.isEmpty { continue }
            page.blocks.append(.init(text: decoded.joined(separator: "\n"), isCaption: r.caption, isByline: r.byline))
        }

        if let h = h1.map({ text($0[...]) }), !h.isEmpty, h.count <= 300 {
            page.title = h
        } else if let og = ogTitle.map(collapse), !og.isEmpty {
            page.title = og
        } else if let t = page.title {
            page.title = stripSiteSuffix(t, siteName: page.siteName)
        }
        return page
    }

    /// Collapses whitespace runs (including no-break spaces) to one space and trims.
    static func collapse(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for c in s.unicodeScalars {
            if c.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// `Headline - Site` / `Headline | Site` → `Headline` when the tail is the site's name.
    static func stripSiteSuffix(_ title: String, siteName: String?) -> String {
        for sep in [" | ", " - ", " – ", " — "] {
            guard let r = title.range(of: sep, options: .backwards) else { continue }
            let tail = title[r.upperBound...].trimmingCharacters(in: .whitespaces)
            let head = String(title[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            if let siteName, !head.isEmpty,
               tail.lowercased() == siteName.lowercased() || tail.lowercased().hasPrefix(siteName.lowercased()) {
                return head
            }
            if sep == " | ", !head.isEmpty, tail.split(separator: " ").count <= 4 { return head }
        }
        return title
    }
}
