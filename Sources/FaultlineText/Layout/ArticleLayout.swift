import FaultlineModel

/// Turns an article's title and body blocks into paragraphs and sentences with layout
/// roles, dropping site furniture.
///
/// Decisions that depend on position:
/// - the first credit line after some body text (`TTXVN/Tin Tức`, `Theo VnExpress`,
///   `(Reuters)`, a short line ending in `/.`) is the **sign-off**, and so are credit lines
///   right after it; a byline alone on the last line is one too;
/// - what follows the sign-off is "read also" material: short lines are **teasers**;
/// - an author line above the story (`By Jane Doe`, `Claire Morgan Tue 16 Aug 2022 17.30
///   EDT`), a block the page marks as a byline, and a name alone after the story (`Hoàng
///   Linh`) are sign-offs too (they name people, not parties to events), without ending
///   the story;
/// - the lead is the first body paragraph that reads as prose (a kicker such as `Ukraine
///   crisis` above it is not);
/// - a line repeated in the article is kept once; when it looks like a headline it is a
///   **teaser** (sites print related headlines twice, as a link and as a card);
/// - a line equal to the title (a page's `<h1>` inside the story) is dropped.
///
/// The document text is the kept lines as written, one paragraph per blank-line-separated
/// block (caption credits and sign-offs included, boilerplate and repeated lines left
/// out); sentence texts are trimmed, and a caption sentence loses its credit
/// (`… ngày 13/12. Ảnh: AFP/TTXVN` → `… ngày 13/12.`).
enum ArticleLayout {
    struct Block {
        /// A slice of the article's text (a plain-text block) or of its own string (HTML).
        var text: Substring
        /// Marked as a caption by the source (HTML `<figcaption>`).
        var isCaption = false
        /// True when each line of the block is its own paragraph (HTML `<br>`); false for
        /// plain text, where lines wrapped inside a sentence are joined again.
        var hardLines = false
        /// Marked as an author line by the source (HTML `class="byline"`): a sign-off.
        var isByline = false
    }

    struct Result {
        var title: String
        var text: String
        var sentences: [Sentence]
        /// The outlet named by the sign-off or the lead's dateline, if any.
        var inferredSource: String?
    }

    enum Kind: Equatable { case body, lead, caption, signoff, teaser, dropped }

    struct Unit {
        var line: LineFacts
        var kind: Kind = .body
        /// The text sentences are split from when it differs from the line (caption
        /// without its credit, teaser without its label).
        var sentenceText: String?
        var isCaptionHint = false
        var isBylineHint = false
    }

    /// Longest title accepted from a plain-text first line; a longer first line is body.
    static let maxTitleCharacters = 300
    /// Lines after the sign-off longer than this are body text, not teasers.
    static let teaserMaxWords = 60

    /// Lays out the article. `blocks` is emptied, so that the text its blocks are cut from
    /// can be released once the document's own text is written (when the caller holds no
    /// other reference to it).
    ///
    /// `repeatHash` finds repeated lines; tests pass a poor one to show that lines whose
    /// hashes meet are told apart.
    static func layout(title rawTitle: String?, blocks: inout [Block],
                       repeatHash: (LayoutLine) -> UInt64 = ArticleLayout.repeatHash) -> Result {
        let title = rawTitle.map { collapseSpaces($0) } ?? ""
        let titleKey = title.isEmpty ? nil : LayoutLine(title).keys

        // Line-level rules, one line at a time: a line's tokens are dropped once its facts
        // are known.
        var units: [Unit] = []
        /// Repeated lines, by a hash of their `repeatKey`: the first line with each hash,
        /// and later lines whose different key has the same hash (keys are compared when
        /// hashes meet, so a collision never merges two lines).
        var seen: [UInt64: Int] = [:]
        var sameHash: [UInt64: [Int]] = [:]
        for (text, block) in paragraphLines(blocks) {
            let k = units.count
            let line = LayoutLine(text)
            units.append(Unit(line: LineFacts(line, text: text), isCaptionHint: blocks[block].isCaption,
                              isBylineHint: blocks[block].isByline))
            if let titleKey, line.keys == titleKey { units[k].kind = .dropped; continue }
            if LayoutClassifier.isBoilerplate(line) { units[k].kind = .dropped; continue }
            if let caption = LayoutClassifier.captionText(line) {
                if caption.isEmpty { units[k].kind = .dropped; continue }
                units[k].kind = .caption
                units[k].sentenceText = caption
            } else if units[k].isCaptionHint {
                units[k].kind = .caption
            } else if let teaser = LayoutClassifier.teaserText(line) {
                if teaser.trimmingSpaces.isEmpty { units[k].kind = .dropped; continue }
                units[k].kind = .teaser
                units[k].sentenceText = teaser
            }
            // Repeated lines are kept once.
            if line.words >= 3 {
                let hash = repeatHash(line)
                var first: Int?
                if let candidate = seen[hash] {
                    let key = repeatKey(line)
                    first = ([candidate] + (sameHash[hash] ?? [])).first { j in
                        repeatKey(LayoutLine(units[j].line.text)).utf8.elementsEqual(key.utf8)
                    }
                    if first == nil { sameHash[hash, default: []].append(k) }
                } else {
                    seen[hash] = k
                }
                if let first {
                    units[k].kind = .dropped
                    if units[first].kind == .body, units[first].line.isHeadlineLike { units[first].kind = .teaser }
                    continue
                }
            }
        }

        blocks = []

        // Sign-off and what follows it. This pass changes only the line it is at, so
        // "a story paragraph follows" is whether the last one comes later.
        let lastStory = units.lastIndex { $0.kind == .body && $0.line.endsLikeSentence && $0.line.words >= 12 } ?? -1
        var bodySeen = 0
        var tail = false
        /// True right after a sign-off (or the `/.` end mark): another credit line may follow.
        var previousWasSignoff = false
        for k in units.indices where units[k].kind != .dropped {
            let line = units[k].line
            // An author line marked by the page (`class="byline"`) names people, not parties.
            if units[k].isBylineHint, units[k].kind == .body || units[k].kind == .teaser {
                units[k].kind = .signoff
                previousWasSignoff = tail
                continue
            }
            if tail {
                if units[k].kind == .body {
                    if previousWasSignoff, line.flags.contains(.signoffLike) || line.flags.contains(.bylineLike) {
                        units[k].kind = .signoff
                    } else if line.words <= teaserMaxWords {
                        units[k].kind = .teaser
                    }
                }
                previousWasSignoff = units[k].kind == .signoff
                continue
            }
            guard units[k].kind == .body else { continue }
            if bodySeen == 0 || !line.endsLikeSentence,
               line.flags.contains(.topByline) || line.flags.contains(.nameAndDateStamp) {
                units[k].kind = .signoff
                continue
            }
            // A name alone between paragraphs, with no story after it (`Hoàng Linh` above a
            // box of related links): the author's byline.
            if bodySeen > 0, line.words <= 4, line.flags.contains(.bylineLike),
               !line.flags.contains(.hasPunctuation), lastStory <= k {
                units[k].kind = .signoff
                continue
            }
            if bodySeen > 0, line.flags.contains(.signoffLike) {
                units[k].kind = .signoff
                tail = true
                previousWasSignoff = true
                continue
            }
            bodySeen += 1
            // `…/.` closes the story of Vietnamese wire copy; a credit may follow.
            if line.text.hasSuffix("/.") { tail = true; previousWasSignoff = true }
        }
        if !units.contains(where: { $0.kind == .signoff }),
           let last = units.lastIndex(where: { $0.kind != .dropped }), units[last].kind == .body,
           units[..<last].contains(where: { $0.kind == .body }), units[last].line.flags.contains(.bylineLike) {
            units[last].kind = .signoff
        }
        // The lead is the first body paragraph that reads as prose, not a kicker label
        // (`Ukraine crisis`) left above it.
        if let first = units.firstIndex(where: { $0.kind == .body && ($0.line.endsLikeSentence || $0.line.words >= 12) })
            ?? units.firstIndex(where: { $0.kind == .body }) {
            units[first].kind = .lead
        }

        // The document's text: the paragraphs kept, one blank line apart, written once
        // into a string of the right size. Each line is then a slice of it, so the text it
        // was cut from is released before the sentences are made.
        var textBytes = 0, paragraphs = 0
        for u in units where u.kind != .dropped { textBytes += u.line.text.utf8.count; paragraphs += 1 }
        var text = ""
        text.reserveCapacity(textBytes + 2 * max(0, paragraphs - 1))
        var spans: [Range<Int>] = []
        spans.reserveCapacity(paragraphs)
        for u in units where u.kind != .dropped {
            if !spans.isEmpty { text += "\n\n" }
            let start = text.utf8.count
            text += u.line.text
            spans.append(start..<text.utf8.count)
        }
        var next = 0
        let utf8 = text.utf8
        for k in units.indices {
            if units[k].kind == .dropped {
                units[k].line.text = ""
            } else {
                let span = spans[next]
                next += 1
                units[k].line.text = text[utf8.index(utf8.startIndex, offsetBy: span.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: span.upperBound)]
            }
        }

        // Sentences.
        var sentences: [Sentence] = []
        if !title.isEmpty {
            sentences.append(Sentence(index: 0, text: title, paragraph: 0, role: .title))
        }
        var paragraph = 0
        var inferredSource: String?
        for u in units where u.kind != .dropped {
            paragraph += 1
            let role: SentenceRole
            switch u.kind {
            case .lead: role = .lead
            case .caption: role = .caption
            case .signoff: role = .signoff
            case .teaser: role = .teaser
            default: role = .body
            }
            if u.kind == .signoff {
                sentences.append(Sentence(index: sentences.count, text: String(u.line.text), paragraph: paragraph, role: role))
                if inferredSource == nil { inferredSource = LayoutClassifier.signoffSource(LayoutLine(u.line.text)) }
                continue
            }
            var sentenceText = u.sentenceText.map { Substring($0) } ?? u.line.text
            if sentenceText.hasSuffix("/.") {
                sentenceText = sentenceText.dropLast(2)
                // Appending to a slice would copy the whole text it is cut from.
                if !endsSentence(sentenceText) { sentenceText = Substring(String(sentenceText) + ".") }
            }
            for s in splitSentences(sentenceText) {
                sentences.append(Sentence(index: sentences.count, text: s, paragraph: paragraph, role: role))
            }
        }
        if inferredSource == nil, let lead = units.first(where: { $0.kind == .lead }) {
            inferredSource = LayoutClassifier.datelineSource(LayoutLine(lead.line.text))
        }
        return Result(title: title, text: text, sentences: sentences, inferredSource: inferredSource)
    }

    /// What a repeated line is recognised by: its matching keys, or its text when it is too
    /// long to tokenize.
    static func repeatKey(_ line: LayoutLine) -> String {
        line.tokens.isEmpty ? String(line.text) : line.keys.joined(separator: " ")
    }

    /// FNV-1a of the UTF-8 bytes of `repeatKey(line)`, without building it.
    static func repeatHash(_ line: LayoutLine) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        @inline(__always) func add(_ b: UInt8) { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        if line.tokens.isEmpty {
            for b in line.text.utf8 { add(b) }
        } else {
            for (i, key) in line.keys.enumerated() {
                if i > 0 { add(0x20) }
                for b in key.utf8 { add(b) }
            }
        }
        return h
    }

    /// `SentenceSplitter.split` of a slice, without copying it.
    static func splitSentences(_ text: Substring) -> [String] {
        var slice = text
        return slice.withUTF8 { bytes in
            SentenceSplitter.splitBytes(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// The paragraph lines of every block. Plain text keeps one paragraph per line, except
    /// where a line break falls inside a sentence: a line that does not end a sentence is
    /// joined with a next line starting in lower case, and in hard-wrapped text (every line
    /// at most `wrapWidth` characters, with at least two such lower-case continuations)
    /// with any next line of its block. Lines are slices of the blocks' text; only joined
    /// and re-spaced lines are new strings.
    static func paragraphLines(_ blocks: [Block]) -> [(text: Substring, block: Int)] {
        var lines: [(text: Substring, block: Int)] = []
        for (k, b) in blocks.enumerated() {
            for line in b.text.split(separator: "\n") {
                let clean = collapseSpaces(line)
                if !clean.isEmpty { lines.append((clean, k)) }
            }
        }
        var continuations = 0
        var widest = 0
        for (i, line) in lines.enumerated() where !blocks[line.block].hardLines {
            // Character counts only matter up to the wrap width.
            widest = max(widest, line.text.utf8.count > wrapWidth * 4 ? Int.max : line.text.count)
            if i + 1 < lines.count, lines[i + 1].block == line.block, !endsSentence(line.text),
               startsLowercase(lines[i + 1].text) { continuations += 1 }
        }
        let wrapped = widest <= wrapWidth && continuations >= 2
        var out: [(text: Substring, block: Int)] = []
        /// The last paragraph of `out` once lines have been joined onto it. Appended in
        /// place: building a new joined string for every line is quadratic on a long
        /// hard-wrapped paragraph, and appending to a slice would copy what it is cut from.
        var joined: String?
        func close() {
            if let j = joined { out[out.count - 1].text = Substring(j); joined = nil }
        }
        var open = false  // `out.last` is a paragraph of the current line's block that may continue
        for (i, (line, k)) in lines.enumerated() {
            if i > 0, lines[i - 1].block != k { open = false }
            var joins = false
            if !blocks[k].hardLines, open {
                if let j = joined {
                    joins = !endsSentence(j) && j != line && (wrapped || startsLowercase(line))
                } else {
                    let last = out[out.count - 1].text
                    joins = !endsSentence(last) && last != line && (wrapped || startsLowercase(line))
                }
            }
            if joins {
                if joined == nil { joined = String(out[out.count - 1].text) }
                joined!.append(" ")
                joined!.append(contentsOf: line)
            } else {
                close()
                out.append((line, k))
                open = true
            }
        }
        close()
        return out
    }

    /// Longest line of a hard-wrapped text file.
    static let wrapWidth = 100

    static func endsSentence(_ line: some StringProtocol) -> Bool {
        guard let end = line.unicodeScalars.last else { return true }
        return SentenceSplitter.isTerminator(end) || SentenceSplitter.isCloser(end) || end == ":" || end == "\""
    }

    static func startsLowercase(_ line: some StringProtocol) -> Bool {
        line.unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// Runs of spaces (and newlines) become one space; the ends are trimmed.
    static func collapseSpaces(_ s: String) -> String {
        String(collapseSpaces(Substring(s)))
    }

    /// `collapseSpaces` of a slice: a slice of it when only its ends had spaces.
    static func collapseSpaces(_ s: Substring) -> Substring {
        let u = s.utf8
        var start = u.startIndex, end = u.endIndex
        while start < end, u[start] == 0x20 || u[start] == 0x0A { start = u.index(after: start) }
        while end > start, u[u.index(before: end)] == 0x20 || u[u.index(before: end)] == 0x0A { end = u.index(before: end) }
        var clean = true
        var previousSpace = false
        for b in u[start..<end] {
            let space = b == 0x20 || b == 0x0A
            if space && (previousSpace || b == 0x0A) { clean = false; break }
            previousSpace = space
        }
        if clean { return s[start..<end] }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pending = false
        for b in s.utf8 {
            if b == 0x20 || b == 0x0A { pending = !out.isEmpty; continue }
            if pending { out.append(0x20); pending = false }
            out.append(b)
        }
        return Substring(String(decoding: out, as: UTF8.self))
    }
}
