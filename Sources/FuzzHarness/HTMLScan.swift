/// A strict scanner for the HTML Faultline writes (not a general HTML parser).
///
/// Faultline's pages are generated, so they can be held to rules a browser would not
/// enforce and that article text would break if it escaped its escaping: every non-void
/// element is closed in order, `&` only starts a character reference, `<` only starts a
/// tag, attribute values are quoted. Script and style contents are skipped as raw text;
/// `<svg>` elements are cut out whole so they can be checked as XML.
struct HTMLScan {
    var scripts = 0
    var svgFragments: [String] = []

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    static func scan(_ text: String, _ what: String) throws -> HTMLScan {
        var result = HTMLScan()
        let s = Array(text.utf8)
        let n = s.count
        var i = 0
        var stack: [String] = []
        var line = 1
        func fail(_ message: String) -> FuzzFailure {
            let start = max(0, i - 60), end = min(n, i + 60)
            return FuzzFailure(what, "\(message) (line \(line)) near «\(String(decoding: s[start..<end], as: UTF8.self))»")
        }
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x3A || b == 0x5F
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }
        func find(_ needle: String, from: Int) -> Int? {
            let nb = Array(needle.utf8)
            var k = from
            while k + nb.count <= n {
                if s[k] == nb[0], Array(s[k..<(k + nb.count)]).elementsEqual(nb) { return k }
                k += 1
            }
            return nil
        }

        while i < n {
            let b = s[i]
            if b == 0x0A { line += 1 }
            if b == UInt8(ascii: "&") {
                var k = i + 1
                if k < n, s[k] == UInt8(ascii: "#") {
                    k += 1
                    if k < n, s[k] == UInt8(ascii: "x") { k += 1 }
                }
                let start = k
                while k < n, isNameByte(s[k]) { k += 1 }
                guard k > start, k < n, s[k] == UInt8(ascii: ";") else { throw fail("bare '&'") }
                i = k + 1
                continue
            }
            if b == UInt8(ascii: ">") { throw fail("bare '>' in text") }
            guard b == UInt8(ascii: "<") else { i += 1; continue }
            if s[i...].starts(with: "<!--".utf8) {
                guard let end = find("-->", from: i + 4) else { throw fail("unterminated comment") }
                i = end + 3; continue
            }
            if s[i...].starts(with: "<!DOCTYPE".utf8) || s[i...].starts(with: "<!doctype".utf8) {
                while i < n, s[i] != UInt8(ascii: ">") { i += 1 }
                i += 1; continue
            }
            let closing = i + 1 < n && s[i + 1] == UInt8(ascii: "/")
            var k = closing ? i + 2 : i + 1
            let nameStart = k
            while k < n, isNameByte(s[k]) { k += 1 }
            guard k > nameStart else { throw fail("'<' that does not start a tag") }
            let name = String(decoding: s[nameStart..<k], as: UTF8.self).lowercased()
            let tagStart = i
            // Attributes: name, optionally = "quoted value".
            var attributes: [(String, String)] = []
            var selfClosing = false
            while true {
                while k < n, isSpace(s[k]) { k += 1 }
                guard k < n else { throw fail("unterminated tag <\(name)>") }
                if s[k] == UInt8(ascii: ">") { k += 1; break }
                if s[k] == UInt8(ascii: "/"), k + 1 < n, s[k + 1] == UInt8(ascii: ">") { selfClosing = true; k += 2; break }
                let an = k
                while k < n, isNameByte(s[k]) { k += 1 }
                guard k > an else { i = k; throw fail("invalid character in tag <\(name)>") }
                let attr = String(decoding: s[an..<k], as: UTF8.self)
                var value = ""
                if k < n, s[k] == UInt8(ascii: "=") {
                    k += 1
                    guard k < n, s[k] == UInt8(ascii: "\"") || s[k] == UInt8(ascii: "'") else {
                        i = k; throw fail("unquoted value of \(attr) in <\(name)>")
                    }
                    let q = s[k]
                    let vs = k + 1
                    k = vs
                    while k < n, s[k] != q {
                        if s[k] == UInt8(ascii: "<") { i = k; throw fail("'<' inside the value of \(attr) in <\(name)>") }
                        k += 1
                    }
                    guard k < n else { throw fail("unterminated value of \(attr)") }
                    value = HTMLScan.decodeEntities(String(decoding: s[vs..<k], as: UTF8.self))
                    k += 1
                }
                attributes.append((attr, value))
            }
            i = k
            if closing {
                guard let top = stack.last else { throw fail("</\(name)> without an open element") }
                guard top == name else { throw fail("</\(name)> closes <\(top)>") }
                stack.removeLast()
                continue
            }
            for (key, value) in attributes {
                try OutputChecks.inertAttribute(key, value, element: name, what)
            }
            if OutputChecks.activeElements.contains(name), name != "script" {
                throw fail("active element <\(name)>")
            }
            if name == "script" || name == "style" {
                guard let end = find("</\(name)", from: i) else { throw fail("unterminated <\(name)>") }
                if name == "script" { result.scripts += 1 }
                i = end
                while i < n, s[i] != UInt8(ascii: ">") { i += 1 }
                i += 1
                continue
            }
            if name == "svg" {
                // Cut the whole element out; nested <svg> are not used by Faultline.
                guard let end = find("</svg>", from: i) else { throw fail("unterminated <svg>") }
                result.svgFragments.append(String(decoding: s[tagStart..<(end + 6)], as: UTF8.self))
                i = end + 6
                continue
            }
            if !voidElements.contains(name) && !selfClosing { stack.append(name) }
        }
        if let open = stack.last { throw FuzzFailure(what, "<\(open)> is never closed (\(stack.count) open element(s))") }
        return result
    }

    /// The value of an attribute with the five XML entities and numeric references decoded,
    /// so `javascript&#58;` is seen as what a browser reads.
    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            guard let semi = rest.firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                out += "&"; rest = rest.dropFirst(); continue
            }
            let body = rest[rest.index(after: amp)..<semi]
            var decoded: String?
            switch body {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            case "apos": decoded = "'"
            default:
                if body.hasPrefix("#x") || body.hasPrefix("#X"), let v = UInt32(body.dropFirst(2), radix: 16) {
                    decoded = Unicode.Scalar(v).map { String($0) }
                } else if body.hasPrefix("#"), let v = UInt32(body.dropFirst()) {
                    decoded = Unicode.Scalar(v).map { String($0) }
                }
            }
            if let decoded { out += decoded; rest = rest[rest.index(after: semi)...] } else { out += "&"; rest = rest.dropFirst() }
        }
        return out + rest
    }
}
