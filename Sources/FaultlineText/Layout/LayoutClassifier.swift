/// The general rules that recognise site furniture, photo captions, sign-offs and teaser
/// labels on a single line. The phrases they use are data in `BoilerplateRules`; the
/// decisions that depend on a line's position in the article are in `ArticleLayout`.
enum LayoutClassifier {
    /// Boilerplate is short: a longer line is never dropped as furniture.
    static let boilerplateMaxWords = 60
    /// A caption is a sentence or two.
    static let captionMaxWords = 80
    /// Words a credit may carry after its marker (`Ảnh: AFP/TTXVN`, `Photo: Omar Sanadiki/Reuters`).
    static let creditMaxWords = 12

    typealias Phrase = [String]

    static func compile(_ phrases: [String]) -> [Phrase] {
        phrases.map { Tokenizer.tokens($0).map(\.key) }.filter { !$0.isEmpty }
    }

    static func withoutTrailingPunctuation(_ phrase: Phrase) -> Phrase {
        var p = phrase
        while let last = p.last, let s = last.unicodeScalars.first, !s.properties.isAlphabetic, !("0"..."9").contains(s) {
            p.removeLast()
        }
        return p
    }

    static let wholeLines: Set<ByteKey> = Set(compile(BoilerplateRules.wholeLines).map {
        ByteKey(withoutTrailingPunctuation($0).joined(separator: " "))
    })
    static let linePrefixes = byFirstKey(compile(BoilerplateRules.linePrefixes))
    static let teaserLabels = byFirstKey(compile(BoilerplateRules.teaserLabels))
    static let creditMarkers = byFirstKey(compile(BoilerplateRules.captionCreditMarkers))
    static let signoffPrefixes = byFirstKey(compile(BoilerplateRules.signoffPrefixes))
    static let signoffPhrases = byFirstKey(compile(BoilerplateRules.signoffPhrases))

    /// Phrases grouped by their first key (longest first), so a line is matched with one
    /// dictionary lookup per position instead of a scan of the list.
    static func byFirstKey(_ phrases: [Phrase]) -> [ByteKey: [Phrase]] {
        var d: [ByteKey: [Phrase]] = [:]
        for p in phrases { d[ByteKey(p[0]), default: []].append(p) }
        return d.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The phrase of `table` that starts at `t`, if any.
    static func phrase(in table: [ByteKey: [Phrase]], _ keys: [String], at t: Int) -> Phrase? {
        guard t < keys.count, let candidates = table[ByteKey(keys[t])] else { return nil }
        return candidates.first { matches(keys, at: t, $0) }
    }
    static let photoWords = Set(BoilerplateRules.photoWords.map { ByteKey(Folding.key($0)) })
    static let captionAgencies = Set(BoilerplateRules.captionAgencies)
    static let outletWords = Set(BoilerplateRules.outletWords.map { ByteKey(Folding.key($0)) })
    static let creditVerbs = Set(BoilerplateRules.creditVerbs.map { ByteKey(Folding.key($0)) })
    static let creditConnectors = Set(BoilerplateRules.creditConnectors.map { ByteKey(Folding.key($0)) })
    /// Section names by first key, longest first, for greedy matching.
    static let sections = byFirstKey(compile(BoilerplateRules.sectionNames))
    static let weekdays = byFirstKey(compile(BoilerplateRules.weekdays))
    static let timestampOpeners = byFirstKey(compile(BoilerplateRules.timestampOpeners))

    static func matches(_ keys: [String], at t: Int, _ phrase: Phrase) -> Bool {
        guard t + phrase.count <= keys.count else { return false }
        for (k, p) in phrase.enumerated() where keys[t + k] != p { return false }
        return true
    }

    /// Separators of menu entries and breadcrumbs.
    static let separators: Set<String> = ["-", "–", "—", "|", "·", "•", "»", "›", ">", "/", "::"]
    static let breadcrumbSeparators: Set<String> = ["»", "›", ">"]

    // MARK: - Boilerplate

    /// True for site furniture: share bars, menus, cookie notices, tag lists, copyright.
    static func isBoilerplate(_ line: LayoutLine) -> Bool {
        guard line.words <= boilerplateMaxWords, !line.tokens.isEmpty else { return false }
        if line.words == 0 { return true }  // rules, bullets, lone symbols
        let keys = line.keys
        if wholeLines.contains(ByteKey(line.keysWithoutTrailingPunctuation.joined(separator: " "))) { return true }
        // `Comments (214)`, `Bình luận (3)`: a furniture label with a count.
        if keys.count >= 4, keys[keys.count - 1] == ")", keys[keys.count - 3] == "(", line.tokens[keys.count - 2].kind == .number,
           wholeLines.contains(ByteKey(keys[..<(keys.count - 3)].joined(separator: " "))) { return true }
        if let p = phrase(in: linePrefixes, keys, at: 0) {
            // A one- or two-word opener (`Copyright`, `Bản quyền`) may start a real sentence:
            // then the line must be short or not end like a sentence.
            let strong = p.count >= 3 || p.contains { k in !(k.unicodeScalars.first?.properties.isAlphabetic ?? false) }
            if strong || line.words <= 8 || !line.endsLikeSentence { return true }
        }
        return isMenu(line) || isDateStamp(line)
    }

    /// A page's date stamp: `Thứ Năm, 15/12/2016 - 10:30`, `Updated: Dec 14, 2016 10:30 GMT`,
    /// also after a section label (`Thế giới Thứ Hai, 15/08/2022 07:45 (GMT+7)`).
    static func isDateStamp(_ line: LayoutLine) -> Bool {
        guard line.words <= 12, !line.hasInnerSentenceEnd, !line.endsLikeSentence,
              line.tokens.contains(where: { $0.kind == .number }) else { return false }
        var start = 0
        if let p = phrase(in: sections, line.keys, at: 0) { start = p.count }
        return phrase(in: timestampOpeners, line.keys, at: start) != nil || phrase(in: weekdays, line.keys, at: start) != nil
    }

    static let separatorsAfterName: Set<String> = ["·", "•", "|", ",", "-", "–", "—", "/"]

    /// An author line above the story: `By Jane Doe`, `By Jane Doe and John Roe, Reuters`,
    /// `By Jane Doe · August 14, 2022 6:40 PM UTC · Updated 2 hours ago`: `By`, a capitalised
    /// name, then nothing, or a separator and a short tail that is not a sentence.
    static func isTopByline(_ line: LayoutLine) -> Bool {
        guard line.keys.first == "by", line.words >= 2, line.words <= 25, !line.endsLikeSentence else { return false }
        let tokens = line.tokens
        var k = 1
        var nameWords = 0
        while k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized || creditConnectors.contains(ByteKey(tokens[k].key)) {
            if tokens[k].isCapitalized { nameWords += 1 }
            k += 1
        }
        guard nameWords >= 1 else { return false }
        if k == tokens.count { return true }
        guard separatorsAfterName.contains(tokens[k].text) else { return false }
        if line.words <= 10, tokens[k...].allSatisfy({ t in
            t.kind == .punctuation ? [",", "-", "/", "(", ")"].contains(t.text)
                : (t.isCapitalized || creditConnectors.contains(ByteKey(t.key)))
        }) { return true }
        // After the separator: a date, a time or an update note, not more prose.
        return !line.hasInnerSentenceEnd && tokens[k...].contains { $0.kind == .number || dateWords.contains(ByteKey($0.key)) }
    }

    /// Month and weekday names and abbreviations, time-zone and clock words seen in stamps.
    static let dateWords = Set(BoilerplateRules.dateWords.map { ByteKey(Folding.key($0)) })

    /// A name followed by a date stamp, as sites print the author above a story:
    /// `Claire Morgan Tue 16 Aug 2022 17.30 EDT`, `Minh Anh 15/08/2022 07:45`. Every word is
    /// capitalised, a number, or a date word, and a month or weekday name or a numeric date
    /// is there.
    static func isNameAndDateStamp(_ line: LayoutLine) -> Bool {
        guard line.words >= 3, line.words <= 14, !line.endsLikeSentence, !line.hasInnerSentenceEnd else { return false }
        let tokens = line.tokens
        guard let first = tokens.first, first.kind == .word, first.isCapitalized,
              dateWords.contains(ByteKey(first.key)) == false else { return false }
        var hasDate = false, hasName = false
        for t in tokens {
            switch t.kind {
            case .number: hasDate = hasDate || t.text.contains("/") || t.text.count == 4
            case .word:
                if dateWords.contains(ByteKey(t.key)) { hasDate = true; continue }
                guard t.isCapitalized else { return false }
                hasName = true
            default:
                guard [",", "·", "•", "|", "-", "–", "—", "(", ")", ":", "+", "/", "."].contains(t.text) else { return false }
            }
        }
        return hasDate && hasName
    }

    /// A category menu or breadcrumb: section names, or short capitalised fragments
    /// separated by ` - `, `|`, `»` …, and no sentence punctuation.
    static func isMenu(_ line: LayoutLine) -> Bool {
        guard line.words >= 2, !line.endsLikeSentence else { return false }
        let tokens = line.tokens
        let keys = line.keys
        guard tokens.contains(where: { $0.kind == .punctuation && separators.contains($0.text) })
            || keys.contains(where: { sections[ByteKey($0)] != nil }) else { return false }
        // Fragments between separators.
        var fragments: [[Token]] = [[]]
        var breadcrumb = false
        for t in tokens {
            if t.kind == .punctuation, separators.contains(t.text) {
                if breadcrumbSeparators.contains(t.text) { breadcrumb = true }
                if !fragments[fragments.count - 1].isEmpty { fragments.append([]) }
            } else {
                fragments[fragments.count - 1].append(t)
            }
        }
        if fragments.last?.isEmpty == true { fragments.removeLast() }
        if breadcrumb, fragments.count >= 2, line.words <= 12 { return true }

        // Coverage by section names (greedy longest match).
        var covered = 0, names = 0, t = 0
        while t < keys.count {
            if tokens[t].kind != .word && tokens[t].kind != .number { t += 1; continue }
            if let p = phrase(in: sections, keys, at: t) {
                covered += p.count; names += 1; t += p.count
            } else {
                t += 1
            }
        }
        if names >= 2, covered * 2 >= line.words, fragments.count >= 2 { return true }
        if names >= 3, covered * 10 >= line.words * 7 { return true }

        // Many short capitalised fragments: `Home | World | Business | Tech`.
        if fragments.count >= 4 {
            let wordCounts = fragments.map { $0.filter { $0.kind == .word || $0.kind == .number }.count }
            let capitalised = fragments.filter { f in
                guard let first = f.first(where: { $0.kind == .word || $0.kind == .number }) else { return false }
                return first.isCapitalized || first.kind == .number
            }.count
            if wordCounts.reduce(0, +) <= fragments.count * 3, capitalised == fragments.count { return true }
        }
        return false
    }

    // MARK: - Captions

    /// When the line is a photo caption, its text without the credit (possibly empty when
    /// the line is a credit alone); nil when the line is not a caption.
    static func captionText(_ line: LayoutLine) -> String? {
        guard line.words <= captionMaxWords, !line.tokens.isEmpty else { return nil }
        let tokens = line.tokens
        let keys = line.keys
        func isBoundary(_ k: Int) -> Bool {
            guard k >= 0 else { return true }
            return [".", "!", "?", "…", "...", "(", "-", "–", "—", "|", "/", ")", "\"", "”"].contains(tokens[k].text)
        }
        /// The tail from `t` on is a short credit: few words, no sentence inside it.
        func isCreditTail(from t: Int) -> Bool {
            var words = 0
            for k in t..<tokens.count {
                if tokens[k].kind == .word || tokens[k].kind == .number { words += 1 }
                if [".", "!", "?"].contains(tokens[k].text), k < tokens.count - 1,
                   tokens[(k + 1)...].contains(where: { $0.kind == .word }) { return false }
            }
            return words <= creditMaxWords
        }
        func cut(at t: Int) -> String {
            var start = tokens[t].start
            if t > 0, tokens[t - 1].text == "(" { start = tokens[t - 1].start }
            let head = String(decoding: line.text.utf8.prefix(start), as: UTF8.self)
            return trimCaption(head)
        }

        // `(Photo: Smoke rises over … Aug. 14, 2022. Global Wire/File illustration)`: the marker
        // opens the whole caption; its last short sentence, with a slash or a photo word, is
        // the credit.
        if tokens.count > 4, tokens[0].text == "(", tokens[tokens.count - 1].text == ")",
           let p = phrase(in: creditMarkers, keys, at: 1), p.last == ":", 1 + p.count < tokens.count - 1 {
            let first = 1 + p.count, close = tokens.count - 1
            var end = close
            if let dot = tokens[first..<close].lastIndex(where: { [".", "!", "?"].contains($0.text) }), dot + 1 < close {
                let tail = tokens[(dot + 1)..<close]
                let words = tail.filter { $0.kind == .word || $0.kind == .number }.count
                if words <= 6, tail.contains(where: { $0.text == "/" || photoWords.contains(ByteKey($0.key)) }) { end = dot + 1 }
            }
            let bytes = Array(line.text.utf8)
            return trimCaption(String(decoding: bytes[tokens[first].start..<tokens[end - 1].end], as: UTF8.self))
        }
        // `… Ảnh: AFP/TTXVN`, `Photo: Reuters`, `(Ảnh minh họa)`.
        for t in 0..<tokens.count where phrase(in: creditMarkers, keys, at: t) != nil {
            if isBoundary(t - 1), isCreditTail(from: t) { return cut(at: t) }
        }
        // A trailing parenthesis with a photo word: `(AP Photo/Hussein Malla)`, `(Reuters photo)`.
        if tokens.last?.text == ")", let open = tokens.lastIndex(where: { $0.text == "(" }), open < tokens.count - 1 {
            let inside = tokens[(open + 1)..<(tokens.count - 1)]
            if inside.count <= creditMaxWords * 2, inside.contains(where: { photoWords.contains(ByteKey($0.key)) }) {
                let head = String(decoding: line.text.utf8.prefix(tokens[open].start), as: UTF8.self)
                return trimCaption(head)
            }
        }
        // `… December 13, 2016. REUTERS/Omar Sanadiki`: an agency in capitals, a slash, a name.
        if tokens.count >= 4 {
            for t in 1..<(tokens.count - 2) where captionAgencies.contains(tokens[t].text) {
                guard tokens[t - 1].text == ".", tokens[t + 1].text == "/" else { continue }
                let name = tokens[(t + 2)...]
                if name.count <= 6, name.allSatisfy({ $0.kind == .word && $0.isCapitalized || $0.text == "-" }) {
                    return cut(at: t)
                }
            }
        }
        return nil
    }

    /// Trims the space and dangling separators left where a credit was cut off.
    static func trimCaption(_ s: String) -> String {
        var out = Substring(s)
        while let last = out.last, last == " " || last == "-" || last == "–" || last == "—" || last == "|" || last == "(" {
            out.removeLast()
        }
        while let first = out.first, first == " " { out.removeFirst() }
        return String(out)
    }

    // MARK: - Teaser labels

    /// For `Xem thêm: <headline>`, the headline; nil when the line has no teaser label.
    static func teaserText(_ line: LayoutLine) -> String? {
        guard line.words <= boilerplateMaxWords else { return nil }
        let keys = line.keys
        if let p = phrase(in: teaserLabels, keys, at: 0) {
            guard p.count < line.tokens.count else { return "" }
            let start = line.tokens[p.count].start
            return String(decoding: line.text.utf8.dropFirst(start), as: UTF8.self)
        }
        return nil
    }

    // MARK: - Sign-offs

    /// True for credit lines that close a story: `TTXVN/Tin Tức`, `Theo VnExpress`,
    /// `(Reuters)`, `Minh Anh (theo AFP)`, `… /.`, `Reporting by …; Editing by …`.
    static func isSignoffLike(_ line: LayoutLine) -> Bool {
        guard line.words >= 1, line.words <= 30, !line.tokens.isEmpty else { return false }
        let tokens = line.tokens
        let keys = line.keys
        if phrase(in: signoffPrefixes, keys, at: 0) != nil { return !line.hasInnerSentenceEnd }
        for t in 0..<tokens.count where phrase(in: signoffPhrases, keys, at: t) != nil { return true }
        // `(Claire Morgan reported from London.)`: a bracketed credit note.
        if keys.first == "(", keys.last == ")", line.words <= 20,
           keys.contains(where: { creditVerbs.contains(ByteKey($0)) }) { return true }
        guard line.words <= 14, !line.hasInnerSentenceEnd else { return false }
        // Vietnamese wire copy ends with `/.`; after a name it is a sign-off (`Hải Minh/.`).
        let endMark = line.text.hasSuffix("/.")

        let words = tokens.filter { $0.kind == .word || $0.kind == .number }
        func isNameWord(_ t: Token) -> Bool { t.isCapitalized || t.kind == .number || creditConnectors.contains(ByteKey(t.key)) }
        let allowedPunctuation: Set<String> = [",", "/", "-", "–", "—", "(", ")", ".", "&", ";", ":"]
        guard tokens.allSatisfy({ $0.kind != .punctuation || allowedPunctuation.contains($0.text) }) else { return false }

        // `Theo VnExpress`, `Theo báo Nhân Dân`, `Theo Reuters, AFP`.
        if keys.first == "theo", words.count >= 2 {
            var rest = words.dropFirst()
            while let f = rest.first, !f.isCapitalized, outletWords.contains(ByteKey(f.key)) { rest = rest.dropFirst() }
            if !rest.isEmpty && rest.count <= 8 && rest.allSatisfy(isNameWord) { return true }
            // `Theo Tin Quốc tế`, `Theo Người Lao động`: an outlet whose name has lowercase
            // syllables; alone on its line, without a comma or a sentence end.
            return rest.first?.isCapitalized == true && rest.count <= 5 && !line.endsLikeSentence
                && !tokens.contains { $0.kind == .punctuation }
        }
        // Names only, with a slash, a parenthesis or a leading dash:
        // `TTXVN/Tin Tức`, `Thu Hằng/VOV1`, `(Reuters)`, `Minh Anh (theo AFP)`, `— Reuters`.
        guard words.count <= 8, words.allSatisfy(isNameWord), words.contains(where: { $0.isCapitalized }) else { return false }
        let marks = Set(tokens.filter { $0.kind == .punctuation }.map(\.text))
        if endMark || marks.contains("/") || marks.contains("(") { return true }
        if let first = tokens.first, ["-", "–", "—"].contains(first.text) { return true }
        return false
    }

    /// A byline alone on the last line: a few capitalised words and nothing else (`Minh Anh`).
    static func isBylineLike(_ line: LayoutLine) -> Bool {
        guard line.words >= 1, line.words <= 5 else { return false }
        return line.tokens.allSatisfy { t in
            (t.kind == .word && (t.isCapitalized || creditConnectors.contains(ByteKey(t.key)))) || (t.kind == .punctuation && [".", "(", ")", "/", "-"].contains(t.text))
        }
    }

    /// The outlet named by a sign-off line, used as the document's source when none is
    /// known: `TTXVN/Tin Tức` → `TTXVN/Tin Tức`, `Theo VnExpress` → `VnExpress`,
    /// `(Reuters)` → `Reuters`; nil for personal bylines and reporting credits.
    static func signoffSource(_ line: LayoutLine) -> String? {
        var text = Substring(line.text.trimmingSpaces)
        if text.hasSuffix("/.") { text = text.dropLast(2) }
        let keys = line.keys
        if keys.first == "theo" {
            var rest = line.tokens.dropFirst()
            while let f = rest.first, !f.isCapitalized, outletWords.contains(ByteKey(f.key)) { rest = rest.dropFirst() }
            guard let first = rest.first else { return nil }
            let s = String(decoding: line.text.utf8.dropFirst(first.start), as: UTF8.self)
            return cleanSource(s)
        }
        if keys.first == "(", keys.last == ")", line.words <= 4 {
            return cleanSource(String(text.dropFirst().dropLast()))
        }
        if text.utf8.contains(0x2F), !text.utf8.contains(0x28), line.words <= 6 {
            return cleanSource(String(text))
        }
        return nil
    }

    static func cleanSource(_ s: String) -> String? {
        var out = Substring(s.trimmingSpaces)
        while let l = out.last, l == "." || l == ")" || l == "," || l == " " { out.removeLast() }
        while let f = out.first, f == "(" || f == " " || f == "-" || f == "—" { out.removeFirst() }
        return out.isEmpty ? nil : String(out)
    }

    /// The agency named in a dateline opening the lead: `ALEPPO, Syria (Reuters) - …`,
    /// `HÀ NỘI (TTXVN) - …`, `(Dân trí) - …` → `Reuters`, `TTXVN`, `Dân trí`.
    static func datelineSource(_ line: LayoutLine) -> String? {
        let tokens = line.tokens
        guard let open = tokens.prefix(12).firstIndex(where: { $0.text == "(" }),
              let close = tokens[open...].prefix(8).firstIndex(where: { $0.text == ")" }),
              close > open + 1, close + 1 < tokens.count,
              ["-", "–", "—", "--"].contains(tokens[close + 1].text) else { return nil }
        // Before the parenthesis: only a place name in capitals (or nothing).
        for t in tokens[..<open] where !(t.kind == .punctuation && t.text == ",") && !(t.kind == .word && t.isCapitalized) {
            return nil
        }
        let inside = tokens[(open + 1)..<close]
        guard inside.first?.isCapitalized == true, inside.count <= 5 else { return nil }
        let s = line.text.utf8
        let a = s.index(s.startIndex, offsetBy: tokens[open + 1].start)
        let b = s.index(s.startIndex, offsetBy: tokens[close - 1].end)
        return String(line.text[a..<b])
    }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    var trimmingSpaces: String { Substring(self).trimmingSpaces }
}

extension Substring {
    /// The slice without leading and trailing spaces and newlines, as a string.
    var trimmingSpaces: String { String(trimmingSpacesSlice) }

    /// The slice without leading and trailing spaces and newlines.
    var trimmingSpacesSlice: Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
