import FaultlineModel
import FaultlineText

/// Dates a whole document: tags every sentence in reading order and answers which date an
/// event in a sentence has.
///
/// Anchoring policy (see also `TemporalMode`):
/// - Expressions are resolved in reading order; each dated expression with a known year
///   becomes the "last mentioned date" for anaphora (`cùng ngày`, `the next day`).
/// - Captions, titles, sign-offs, teasers and boilerplate are dated with the state at
///   their place, but never move the last mentioned date of the body (a photo of
///   13/12 does not make `cùng ngày` mean 13/12).
/// - `date(forSentence:at:)`: an expression in the sentence (the nearest one before the
///   trigger, else the nearest after; a dateline's date only when the sentence has no
///   other, see `Dateline`) gives `explicit` or `relative`; else the last date of
///   the same paragraph, else the lead's first date (`previous`); else the document date
///   (`document`); else `EventDate.none`. Nothing is invented. Expressions that place
///   nothing on the calendar (`P3D`, `PAST_REF`, `trước đó`) are passed over. When no
///   sentence is marked `lead`, the first body paragraph stands for the lead.
public struct TemporalResolver: Sendable {
    public let mentions: [TimexMention]
    public let dct: String?
    public let mode: TemporalMode

    private let bySentence: IndexTable<[TimeExpression]>
    /// Per sentence: its expressions that place something on the calendar (`precision(of:)`
    /// not nil) with their calendar day and precision, computed once so dating an event
    /// parses no values and looks up no value strings.
    private let datedBySentence: IndexTable<[Dated]>
    /// Per sentence: the last calendar date of its paragraph up to (not including) it.
    private let paragraphDate: IndexTable<Placed>
    private let leadDate: Placed?

    /// An expression that places something on the calendar, with the calendar day and
    /// precision of its value.
    struct Dated: Sendable {
        var expression: TimeExpression
        var day: String
        var precision: DatePrecision

        var placed: Placed { Placed(day: day, precision: precision) }
    }

    /// The calendar day and precision of a `Dated`, all an inherited date needs: kept per
    /// sentence and paragraph without the expression, so storing and reading it copies one
    /// string rather than every string of the expression.
    struct Placed: Sendable {
        var day: String
        var precision: DatePrecision
    }

    /// - Parameters:
    ///   - sentences: the document's sentences in reading order (`Document.sentences`).
    ///   - dct: document creation time, `YYYY-MM-DD`, nil when unknown.
    ///   - language: BCP-47 tag; picks the order of numeric dates.
    ///   - mode: `news` (default) or `narrative`.
    ///   - dateOrder: overrides the language's order of numeric dates.
    public init(sentences: [Sentence], dct: String?, language: String, mode: TemporalMode = .news,
                dateOrder: DateOrder? = nil) {
        self.init(sentences: sentences, tokens: nil, dct: dct, language: language, mode: mode, dateOrder: dateOrder)
    }

    /// As `init(sentences:dct:language:mode:dateOrder:)`, with each sentence's tokens already
    /// computed (`tokens[i]` = `Tokenizer.tokens(sentences[i].text)`), so the document is
    /// tokenised once for all stages. Nil or a short array tokenises what is missing.
    public init(sentences: [Sentence], tokens: [[Token]]?, dct: String?, language: String, mode: TemporalMode = .news,
                dateOrder: DateOrder? = nil) {
        let tagger = TimeTagger(language: language, mode: mode, dateOrder: dateOrder)
        let settings = tagger.settings
        let dctDay = dct.flatMap(CalendarDay.init(iso:))
        self.dct = dctDay?.iso
        self.mode = mode
        var anchoring = TimexAnchoring(mode: mode, dct: dctDay)
        var mentions: [TimexMention] = []
        // The tables are sized once for the document's sentence and paragraph indexes.
        var maxIndex = -1, maxParagraph = -1
        for s in sentences {
            maxIndex = max(maxIndex, s.index); maxParagraph = max(maxParagraph, s.paragraph)
        }
        var bySentence = IndexTable<[TimeExpression]>(denseCount: maxIndex + 1)
        var datedBySentence = IndexTable<[Dated]>(denseCount: maxIndex + 1)
        // Calendar day and precision of every value those expressions hold, parsed once.
        var calendar = ValueCalendar()
        var paragraphDate = IndexTable<Placed>(denseCount: maxIndex + 1)
        var lastInParagraph = IndexTable<Placed>(denseCount: maxParagraph + 1)
        var leadDate: Placed?
        // The lead paragraph; when the layout marks none, the first body paragraph.
        let leadParagraph = (sentences.first { $0.role == .lead } ?? sentences.first { $0.role == .body })?.paragraph
        var scratch = TimexScanner.Scratch(tokens: tokens?.reduce(0) { max($0, $1.count) } ?? 0)
        for (pos, s) in sentences.enumerated() {
            let body = TemporalResolver.movesReference(s.role)
            var local = anchoring
            let given = tokens.flatMap { pos < $0.count ? $0[pos] : nil }
            let sentenceTokens = given ?? Tokenizer.tokens(s.text)
            let found = tagger.tag(s.text, tokens: sentenceTokens, anchoring: &local, settings: settings, scratch: &scratch)
            if body { anchoring = local }
            // Sentences without expressions get no entry (lookups default to none), unless
            // one is needed to replace an earlier sentence's under the same index.
            if !found.isEmpty || bySentence[s.index] != nil { bySentence[s.index] = found }
            var dated: [Dated] = []
            for e in found {
                if TemporalResolver.datesNothing(e, tokens: sentenceTokens) { continue }
                guard let c = calendar.placed(e.value) else { continue }
                dated.append(Dated(expression: e, day: c.day, precision: c.precision))
            }
            // Events are dated by what the sentence says, not by its dateline's filing date,
            // unless the dateline's date is all it has.
            var forEvents = dated
            if dated.count > 1, let part = Dateline.datePart(in: sentenceTokens) {
                let from = sentenceTokens[part.start].start, to = sentenceTokens[part.end - 1].start
                let outside = dated.filter { $0.expression.start < from || $0.expression.start >= to }
                if !outside.isEmpty { forEvents = outside }
            }
            if !forEvents.isEmpty || datedBySentence[s.index] != nil { datedBySentence[s.index] = forEvents }
            for e in found { mentions.append(TimexMention(sentence: s.index, expression: e)) }
            if let prior = lastInParagraph[s.paragraph] { paragraphDate[s.index] = prior }
            if let last = dated.last {
                lastInParagraph[s.paragraph] = last.placed
                if s.paragraph == leadParagraph, TemporalResolver.movesReference(s.role), leadDate == nil {
                    leadDate = dated.first?.placed
                }
            }
        }
        self.mentions = mentions
        self.bySentence = bySentence
        self.datedBySentence = datedBySentence
        self.paragraphDate = paragraphDate
        self.leadDate = leadDate
    }

    /// Body text moves the last-mentioned date; layout extras do not.
    static func movesReference(_ role: SentenceRole) -> Bool {
        switch role {
        case .lead, .body: return true
        case .title, .caption, .signoff, .teaser, .boilerplate: return false
        }
    }

    /// The date of an event whose trigger is at `utf8Offset` in sentence `sentence`
    /// (nil offset: the sentence as a whole).
    public func date(forSentence sentence: Int, at utf8Offset: Int?) -> (date: EventDate, timeOfDay: TimeOfDay?) {
        if let own = datedBySentence[sentence], let k = TemporalResolver.nearest(own, to: utf8Offset) {
            let anchor: DateAnchor = own[k].expression.anchor == .relative ? .relative : .explicit
            return (EventDate(value: own[k].day, precision: own[k].precision, text: own[k].expression.text, anchor: anchor),
                    own[k].expression.timeOfDay)
        }
        if let inherited = paragraphDate[sentence] ?? leadDate {
            return (EventDate(value: inherited.day, precision: inherited.precision, text: nil, anchor: .previous), nil)
        }
        if let dct {
            return (EventDate(value: dct, precision: .day, text: nil, anchor: .document), nil)
        }
        return (.none, nil)
    }

    /// The expressions of one sentence, in order.
    public func expressions(inSentence sentence: Int) -> [TimeExpression] { bySentence[sentence] ?? [] }

    /// The index of the expression nearest the trigger, preferring one that starts before
    /// it (the first of the latest such starts), else the first of the earliest starts; the
    /// first when no offset is given. Read in place, with no filtered copy of the list.
    static func nearest(_ list: [Dated], to offset: Int?) -> Int? {
        guard !list.isEmpty else { return nil }
        guard let offset else { return 0 }
        var before = -1
        for k in list.indices where list[k].expression.start <= offset {
            if before < 0 || list[before].expression.start < list[k].expression.start { before = k }
        }
        if before >= 0 { return before }
        var first = 0
        for k in list.indices.dropFirst() where list[k].expression.start < list[first].expression.start { first = k }
        return first
    }

    /// The calendar part of a value (`2016-12-14TMO` → `2016-12-14`).
    static func dateValue(_ value: String) -> String {
        // Values are ASCII: find the `T` byte in the bytes read in place (through the generic
        // `utf8` view, the test and the search cost several hundred instructions per value).
        var copy = value
        let ascii: Int?? = copy.withUTF8 { u in
            var t: Int?
            for k in 0..<u.count {
                let b = u[k]
                if b >= 0x80 || b == 0x0D { return nil }
                if b == 0x54, t == nil { t = k }
            }
            return .some(t)
        }
        if let ascii {
            guard let t = ascii, t >= 4 else { return value }
            return copy.withUTF8 { u in String(decoding: UnsafeBufferPointer(rebasing: u[0..<t]), as: UTF8.self) }
        }
        guard let t = value.firstIndex(of: "T"), value[..<t].count >= 4 else { return value }
        return String(value[..<t])
    }

    /// The precision of a calendar value, nil for values that do not place an event on the
    /// calendar (`PAST_REF`, `P3D`, `XXXX-XX-XX`, `XXXX-WXX-2`).
    public static func precision(of value: String) -> DatePrecision? {
        if let fast = asciiPrecision(of: value) { return fast }
        return precisionByCharacters(of: value)
    }

    /// `precision(of:)` as first written, over characters and split strings: the definition
    /// the byte-level `asciiPrecision(of:)` follows.
    static func precisionByCharacters(of value: String) -> DatePrecision? {
        let v = dateValue(value)
        if v.hasPrefix("P") || v.hasSuffix("_REF") { return nil }
        let body = v.hasPrefix("BC") ? String(v.dropFirst(2)) : v
        let parts = body.split(separator: "-").map(String.init)
        guard let first = parts.first else { return nil }
        let yearKnown = first.count == 4 && Int(first) != nil
        switch parts.count {
        case 1:
            return yearKnown ? .year : nil
        case 2:
            let second = parts[1]
            if second.hasPrefix("W") { return yearKnown && Int(second.dropFirst()) != nil ? .week : nil }
            if Int(second) != nil { return .month }
            return yearKnown ? .year : nil  // seasons, quarters, halves
        default:
            if parts[1].hasPrefix("W") { return yearKnown ? .week : nil }
            if Int(parts[2]) != nil, Int(parts[1]) != nil { return .day }
            if Int(parts[1]) != nil, yearKnown { return .month }
            return yearKnown ? .year : nil
        }
    }

    /// `precision(of:)` of an ASCII value (what anchoring writes), read from its bytes with no
    /// intermediate strings; the outer nil means "not ASCII, use `precisionByCharacters`".
    static func asciiPrecision(of value: String) -> DatePrecision?? {
        var copy = value
        return copy.withUTF8 { all -> DatePrecision?? in
            // A CR could join a following LF into one character: leave that to the general path.
            for b in all where b >= 0x80 || b == 0x0D { return nil }
            var v = all
            // The calendar part: before the first `T` when at least four bytes precede it.
            if let t = v.firstIndex(of: 0x54), t >= 4 { v = UnsafeBufferPointer(rebasing: v[0..<t]) }
            if v.first == 0x50 { return .some(nil) }                                      // `P…`
            if v.count >= 4, v[v.count - 4] == 0x5F, v[v.count - 3] == 0x52, v[v.count - 2] == 0x45, v[v.count - 1] == 0x46 {
                return .some(nil)                                                         // `…_REF`
            }
            if v.count >= 2, v[0] == 0x42, v[1] == 0x43 { v = UnsafeBufferPointer(rebasing: v[2...]) }   // `BC…`
            // Parts between `-`, empty ones dropped (as `split` does): only the first three
            // are read, so they are kept in three variables, with the count, not in an array.
            var count = 0
            var p0 = 0..<0, p1 = 0..<0, p2 = 0..<0
            var start = 0
            for k in 0...v.count where k == v.count || v[k] == 0x2D {
                if k > start {
                    switch count {
                    case 0: p0 = start..<k
                    case 1: p1 = start..<k
                    case 2: p2 = start..<k
                    default: break
                    }
                    count += 1
                }
                start = k + 1
            }
            /// `Int(String(part)) != nil`, read from the bytes: an optional `+` or `-`, then
            /// digits; more than 18 digits (overflow possible) goes through `Int` itself.
            func isInt(_ r: Range<Int>) -> Bool {
                var k = r.lowerBound
                if k < r.upperBound, v[k] == 0x2B || v[k] == 0x2D { k += 1 }
                guard k < r.upperBound else { return false }
                guard r.upperBound - k <= 18 else {
                    return Int(String(decoding: UnsafeBufferPointer(rebasing: v[r]), as: UTF8.self)) != nil
                }
                for j in k..<r.upperBound where v[j] < 0x30 || v[j] > 0x39 { return false }
                return true
            }
            func startsWithW(_ r: Range<Int>) -> Bool { v[r.lowerBound] == 0x57 }
            guard count > 0 else { return .some(nil) }
            let yearKnown = p0.count == 4 && isInt(p0)
            switch count {
            case 1:
                return .some(yearKnown ? .year : nil)
            case 2:
                if startsWithW(p1) { return .some(yearKnown && isInt(p1.dropFirst()) ? .week : nil) }
                if isInt(p1) { return .some(.month) }
                return .some(yearKnown ? .year : nil)
            default:
                if startsWithW(p1) { return .some(yearKnown ? .week : nil) }
                if isInt(p2), isInt(p1) { return .some(.day) }
                if isInt(p1), yearKnown { return .some(.month) }
                return .some(yearKnown ? .year : nil)
            }
        }
    }
}
