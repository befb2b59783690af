/// HTML character references: the named entities news pages actually use (punctuation,
/// spaces, Latin-1 letters including every Vietnamese vowel that has a named form) and
/// all numeric references. An unknown name is left as written, as browsers do.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "ndash": "–", "mdash": "—", "hellip": "…", "bull": "•", "middot": "·", "prime": "′",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×",
        "divide": "÷", "micro": "µ", "para": "¶", "sect": "§", "euro": "€", "pound": "£",
        "yen": "¥", "cent": "¢", "curren": "¤", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "sup1": "¹", "sup2": "²", "sup3": "³", "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "dagger": "†", "Dagger": "‡", "permil": "‰",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë",
        "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ",
        "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø",
        "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý", "THORN": "Þ", "szlig": "ß",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ",
        "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë",
        "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð", "ntilde": "ñ",
        "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø",
        "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ",
        "Dstrok": "Đ", "dstrok": "đ", "Abreve": "Ă", "abreve": "ă", "Itilde": "Ĩ", "itilde": "ĩ",
        "Utilde": "Ũ", "utilde": "ũ", "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š",
    ]

    /// Windows-1252 meanings that pages mistakenly send as numeric references 128–159.
    static let cp1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020,
        0x87: 0x2021, 0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152,
        0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022,
        0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A,
        0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// The text of a numeric reference (`#233`, `#x1EA1`); invalid code points give U+FFFD.
    static func numeric(_ body: Substring) -> String? {
        var digits = body.dropFirst()  // '#'
        var radix = 10
        if let f = digits.first, f == "x" || f == "X" { radix = 16; digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 8, let v = UInt32(digits, radix: radix) else { return nil }
        if let mapped = cp1252[v] { return String(Unicode.Scalar(mapped)!) }
        guard v != 0, let s = Unicode.Scalar(v) else { return "\u{FFFD}" }
        return String(s)
    }

    /// Decodes every character reference in `text`, in one pass.
    static func decode(_ text: Substring) -> String {
        guard text.utf8.contains(0x26) else { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            guard c == "&" else { out.append(c); i = text.index(after: i); continue }
            // Look ahead at most 32 characters for ';'.
            var j = text.index(after: i)
            var n = 0
            while j < text.endIndex, n < 32, text[j] != ";", text[j] != "&", !text[j].isWhitespace {
                j = text.index(after: j); n += 1
            }
            if j < text.endIndex, text[j] == ";" {
                let body = text[text.index(after: i)..<j]
                let value = body.first == "#" ? numeric(body) : named[String(body)]
                if let value {
                    out += value
                    i = text.index(after: j)
                    continue
                }
            }
            out.append("&")
            i = text.index(after: i)
        }
        return out
    }
}
