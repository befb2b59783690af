/// What `SentenceContext` knows about one token, in one value: its marker classes, the
/// start of the marker phrase, the mention and group covering it, and whether it lies in
/// a time expression.
///
/// One table of these per sentence replaces five arrays: one allocation instead of five
/// (through the runtime's generic array path each), and one reference to retain each
/// time the coder copies the context.
struct TokenInfo: Sendable {
    var classes = MarkerSet()
    /// Start token of the marker phrase covering the token, -1 for none.
    var markerStart: Int32 = -1
    /// Index of the mention covering the token, -1 for none.
    var mention: Int32 = -1
    /// Index of the group covering the token, -1 for none.
    var group: Int32 = -1
    var inTimex = false
    /// A punctuation token, and one that ends a clause (`SentenceContext.isClausePunctuation`):
    /// decided once per token, as the coder asks at every step of its searches.
    var punctuation = false
    var clausePunctuation = false
    /// The lexicons whose phrases may start at the token (`FirstKeyTable`): one lookup per
    /// token for markers, triggers and reporting cues.
    var starts = FirstKeyTable.Starts()
}

/// One field of `TokenInfo`, read by a `TokenColumn`.
protocol TokenField {
    associatedtype Value
    static func value(_ info: TokenInfo) -> Value
}

/// One column of a sentence's `TokenInfo` table, indexed like the tokens: keeps the
/// names and subscripts the coder reads (`ctx.mentionAt[i]`, `ctx.classes[i]`) over the
/// single table.
struct TokenColumn<Field: TokenField>: RandomAccessCollection, Sendable {
    let table: [TokenInfo]

    var startIndex: Int { 0 }
    var endIndex: Int { table.count }

    @inline(__always)
    subscript(i: Int) -> Field.Value { Field.value(table[i]) }
}

enum ClassesField: TokenField {
    @inline(__always) static func value(_ info: TokenInfo) -> MarkerSet { info.classes }
}

enum MarkerStartField: TokenField {
    @inline(__always) static func value(_ info: TokenInfo) -> Int? { info.markerStart < 0 ? nil : Int(info.markerStart) }
}

enum MentionField: TokenField {
    @inline(__always) static func value(_ info: TokenInfo) -> Int? { info.mention < 0 ? nil : Int(info.mention) }
}

enum GroupField: TokenField {
    @inline(__always) static func value(_ info: TokenInfo) -> Int? { info.group < 0 ? nil : Int(info.group) }
}

enum TimexField: TokenField {
    @inline(__always) static func value(_ info: TokenInfo) -> Bool { info.inTimex }
}
