import FaultlineModel
import FaultlineText

/// Finds temporal expressions in Vietnamese, English or mixed text and gives each its
/// TIMEX3 type and value.
///
/// Both languages' rules run on every text (a Vietnamese article quoting `December 14`
/// is common); the language only chooses the default order of all-numeric dates. Values
/// are anchored in reading order following `TemporalMode`. Offsets are UTF-8 byte
/// offsets into the given text.
///
/// Values written when nothing anchors an expression: a date without a year keeps
/// `XXXX` (`XXXX-12-14`); a relative expression keeps the unknown parts as `X` at its
/// own precision (`hôm qua` → `XXXX-XX-XX`, `last week` → `XXXX-WXX`, `last month` →
/// `XXXX-XX`, `last year` → `XXXX`) with anchor `none` for bare parts of day.
///
/// Parts of the day (TIMEX3 has no "dawn"): dawn and morning → `TMO` (`timeOfDay` says
/// which), midday (`trưa`) → `TMI`, exact noon → `T12:00`, afternoon → `TAF`, evening →
/// `TEV`, night → `TNI`, midnight (`nửa đêm`) → `T24:00`, daytime → `TDT`.
///
/// - Complexity: one pass over the tokens; each rule looks a few tokens ahead.
public struct TimeTagger: Sendable {
    public struct Options: Sendable, Hashable {
        /// BCP-47 tag of the text (`vi`, `en`, `en-GB`, `und`).
        public var language: String
        public var mode: TemporalMode
        /// Order of all-numeric dates; nil takes `DateOrder.default(language:)`.
        public var dateOrder: DateOrder?

        public init(language: String = "vi", mode: TemporalMode = .news, dateOrder: DateOrder? = nil) {
            self.language = language; self.mode = mode; self.dateOrder = dateOrder
        }

        var effectiveDateOrder: DateOrder { dateOrder ?? DateOrder.default(language: language) }
    }

    public var options: Options
    let lexicon: TimeLexicon

    public init(options: Options = Options()) {
        self.options = options
        self.lexicon = TimeLexicon.shared
    }

    public init(language: String, mode: TemporalMode = .news, dateOrder: DateOrder? = nil) {
        self.init(options: Options(language: language, mode: mode, dateOrder: dateOrder))
    }

    /// Problems met while loading the bundled word lists (empty when all is well).
    public static var lexiconProblems: [String] { TimeLexicon.shared.problems }

    /// The expressions of `text`, anchored in reading order to `dct` (`YYYY-MM-DD`) and to
    /// the dates the text itself mentions.
    public func tag(_ text: String, dct: String? = nil) -> [TimeExpression] {
        var anchoring = TimexAnchoring(mode: options.mode, dct: dct.flatMap(CalendarDay.init(iso:)))
        return tag(text, anchoring: &anchoring)
    }

    /// Tags `text` continuing from an anchoring state (used sentence by sentence by
    /// `TemporalResolver`).
    func tag(_ text: String, anchoring: inout TimexAnchoring) -> [TimeExpression] {
        tag(text, tokens: Tokenizer.tokens(text), anchoring: &anchoring)
    }

    /// What the scanner takes from `options`, worked out once per document rather than per
    /// sentence (the language tag is parsed each time it is asked).
    struct Settings {
        var dateOrder: DateOrder
        /// False for Vietnamese text, where numeric dates are always day-first.
        var flagsAmbiguity: Bool
    }

    var settings: Settings {
        Settings(dateOrder: options.effectiveDateOrder, flagsAmbiguity: !options.language.lowercased().hasPrefix("vi"))
    }

    /// As `tag(_:anchoring:)` with the tokens of `text` already computed.
    func tag(_ text: String, tokens: [Token], anchoring: inout TimexAnchoring) -> [TimeExpression] {
        tag(text, tokens: tokens, anchoring: &anchoring, settings: settings)
    }

    /// As `tag(_:tokens:anchoring:)` with `settings` worked out by the caller.
    func tag(_ text: String, tokens: [Token], anchoring: inout TimexAnchoring, settings: Settings) -> [TimeExpression] {
        var scratch = TimexScanner.Scratch()
        return tag(text, tokens: tokens, anchoring: &anchoring, settings: settings, scratch: &scratch)
    }

    /// As `tag(_:tokens:anchoring:settings:)`, the scanner's tables kept in `scratch` from one
    /// sentence to the next (`TemporalResolver` passes one per document).
    func tag(_ text: String, tokens: [Token], anchoring: inout TimexAnchoring, settings: Settings,
             scratch: inout TimexScanner.Scratch) -> [TimeExpression] {
        var scanner = TimexScanner(tokens: tokens, lexicon: lexicon, dateOrder: settings.dateOrder,
                                   flagsAmbiguity: settings.flagsAmbiguity, text: text, scratch: &scratch)
        defer { scanner.returnScratch(to: &scratch) }
        guard scanner.hasCandidates else { return [] }
        // Into the scratch's buffers, reused from sentence to sentence.
        scanner.scan(into: &scratch.scan)
        // The tense is set in place, in the scanner's own array: a copy of every parse to set
        // it on (retaining and releasing its strings) cost more than the rest of the loop.
        for k in scratch.scan.expressions.indices where scratch.scan.expressions[k].direction == 0
            && (scratch.scan.expressions[k].rule == "en.weekday" || scratch.scan.expressions[k].rule == "en.month") {
            scratch.scan.expressions[k].lean = EnglishTense.lean(tokens, start: scratch.scan.expressions[k].start,
                                                                 end: scratch.scan.expressions[k].end)
        }
        // Surfaces are cut from the text's own UTF-8 bytes (offsets are UTF-8 offsets), read
        // in place: slicing the `utf8` view went through its generic index walk per surface.
        var source = text
        return source.withUTF8 { utf8 in scratch.scan.expressions.map { p in
            let r = anchoring.resolve(p)
            let range = p.byteRange ?? tokens[p.start].start..<tokens[p.end - 1].end
            // Clamped: tokens of another text (a caller's mistake) give a cut surface, never a read
            // past the bytes.
            let surface = String(decoding: UnsafeBufferPointer(rebasing: utf8[range.clamped(to: 0..<utf8.count)]), as: UTF8.self)
            return TimeExpression(text: surface, start: range.lowerBound, end: range.upperBound, type: r.type,
                                  value: r.value, anchor: r.anchor, timeOfDay: p.timeOfDay, ambiguous: p.ambiguous,
                                  rule: p.rule)
        } }
    }
}
