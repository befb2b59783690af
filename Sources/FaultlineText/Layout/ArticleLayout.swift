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
        var text: String
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
        var line: LayoutLine
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

    static func layout(title rawTitle: String?, blocks: [Block]) -> Result {
        let title = rawTitle.map { collapseSpaces($0) } ?? ""
        let titleKey = title.isEmpty ? nil : LayoutLine(title).keys

        var units: [Unit] = []
        for (text, block) in paragraphLines(blocks) {
            var u = Unit(line: LayoutLine(text))
            u.isCaptionHint = blocks[block].isCaption
            u.isBylineHint = blocks[block].isByline
            units.append(u)
        }

        // Line-level rules.
        var seen: [ByteKey: Int] = [:]
        for k in units.indices {
            let line = units[k].line
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
                let key = ByteKey(line.tokens.isEmpty ? line.text : line.keys.joined(separator: " "))
                if let first = seen[key] {
                    units[k].kind = .dropped
                    if units[first].kind == .body, units[first].line.isHeadlineLike { units[first].kind = .teaser }
                    continue
                }
                seen[key] = k
            }
        }

        // Sign-off and what follows it.
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
                    if previousWasSignoff, LayoutClassifier.isSignoffLike(line) || LayoutClassifier.isBylineLike(line) {
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
               LayoutClassifier.isTopByline(line) || LayoutClassifier.isNameAndDateStamp(line) {
                units[k].kind = .signoff
                continue
            }
            // A name alone between paragraphs, with no story after it (`Hoàng Linh` above a
            // box of related links): the author's byline.
            if bodySeen > 0, line.words <= 4, LayoutClassifier.isBylineLike(line),
               !line.tokens.contains(where: { $0.kind == .punctuation }),
               !units[(k + 1)...].contains(where: { $0.kind == .body && $0.line.endsLikeSentence && $0.line.words >= 12 }) {
                units[k].kind = .signoff
                continue
            }
            if bodySeen > 0, LayoutClassifier.isSignoffLike(line) {
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
           units[..<last].contains(where: { $0.kind == .body }), LayoutClassifier.isBylineLike(units[last].line) {
            units[last].kind = .signoff
        }
        // The lead is the first body paragraph that reads as prose, not a kicker label
        // (`Ukraine crisis`) left above it.
        if let first = units.firstIndex(where: { $0.kind == .body && ($0.line.endsLikeSentence || $0.line.words >= 12) })
            ?? units.firstIndex(where: { $0.kind == .body }) {
            units[first].kind = .lead
        }

        // Sentences.
        var sentences: [Sentence] = []
        if !title.isEmpty {
            sentences.append(Sentence(index: 0, text: title, paragraph: 0, role: .title))
        }
        var paragraph = 0
        var texts: [String] = []
        var inferredSource: String?
        for u in units where u.kind != .dropped {
            paragraph += 1
            texts.append(u.line.text)
            let role: SentenceRole
            switch u.kind {
            case .lead: role = .lead
            case .caption: role = .caption
            case .signoff: role = .signoff
            case .teaser: role = .teaser
            default: role = .body
            }
            if u.kind == .signoff {
                sentences.append(Sentence(index: sentences.count, text: u.line.text, paragraph: paragraph, role: role))
                if inferredSource == nil { inferredSource = LayoutClassifier.signoffSource(u.line) }
                continue
            }
            var text = u.sentenceText ?? u.line.text
            if text.hasSuffix("/.") {
                text.removeLast(2)
                if !endsSentence(text) { text += "." }
            }
            for s in SentenceSplitter.split(text) {
                sentences.append(Sentence(index: sentences.count, text: s, paragraph: paragraph, role: role))
            }
        }
        if inferredSource == nil, let lead = units.first(where: { $0.kind == .lead }) {
            inferredSource = LayoutClassifier.datelineSource(lead.line)
        }
        return Result(title: title, text: texts.joined(separator: "\n\n"), sentences: sentences,
                      inferredSource: inferredSource)
    }

    /// The paragraph lines of every block. Plain text keeps one paragraph per line, except
    /// where a line break falls inside a sentence: a line that does not end a sentence is
    /// joined with a next line starting in lower case, and in hard-wrapped text (every line
    /// at most `wrapWidth` characters, with at least two such lower-case continuations)
    /// with any next line of its block.
    static func paragraphLines(_ blocks: [Block]) -> [(text: String, block: Int)] {
        let raw = blocks.map { b in
            b.text.split(separator: "\n").map { collapseSpaces(String($0)) }.filter { !$0.isEmpty }
        }
        var continuations = 0
        var widest = 0
        for (k, lines) in raw.enumerated() where !blocks[k].hardLines {
            for (i, line) in lines.enumerated() {
                // Character counts only matter up to the wrap width.
                widest = max(widest, line.utf8.count > wrapWidth * 4 ? Int.max : line.count)
                if i + 1 < lines.count, !endsSentence(line), startsLowercase(lines[i + 1]) { continuations += 1 }
            }
        }
        let wrapped = widest <= wrapWidth && continuations >= 2
        var out: [(text: String, block: Int)] = []
        for (k, lines) in raw.enumerated() {
            var open = false  // `out.last` is a paragraph of this block that may continue
            for line in lines {
                let joins = !blocks[k].hardLines && open && {
                    let last = out[out.count - 1].text
                    return !endsSentence(last) && last != line && (wrapped || startsLowercase(line))
                }()
                if joins {
                    // Appended in place: building a new joined string for every line is
                    // quadratic on a long hard-wrapped paragraph.
                    out[out.count - 1].text += " " + line
                } else {
                    out.append((line, k))
                    open = true
                }
            }
        }
        return out
    }

    /// Longest line of a hard-wrapped text file.
    static let wrapWidth = 100

    static func endsSentence(_ line: String) -> Bool {
        guard let end = line.unicodeScalars.last else { return true }
        return SentenceSplitter.isTerminator(end) || SentenceSplitter.isCloser(end) || end == ":" || end == "\""
    }

    static func startsLowercase(_ line: String) -> Bool {
        line.unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// Runs of spaces (and newlines) become one space; the ends are trimmed.
    static func collapseSpaces(_ s: String) -> String {
        var clean = true
        var previousSpace = true  // a leading space counts as a run
        for b in s.utf8 {
            let space = b == 0x20 || b == 0x0A
            if space && (previousSpace || b == 0x0A) { clean = false; break }
            previousSpace = space
        }
        if clean && !previousSpace { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pending = false
        for b in s.utf8 {
            if b == 0x20 || b == 0x0A { pending = !out.isEmpty; continue }
            if pending { out.append(0x20); pending = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
