/// The decisions the coders note for `faultline explain`, kept only while explaining.
///
/// Composing a note (interpolating token texts, joining rules) costs allocations on every
/// sentence, yet only `Explainer` ever reads notes and nothing else depends on them. So
/// `append` takes its text as an autoclosure and evaluates it only inside
/// `Notes.$recording.withValue(true) { … }`; elsewhere every `Notes` stays empty. Call
/// sites read as on an array of strings.
struct Notes: Sendable, Hashable, Sequence, ExpressibleByArrayLiteral {
    /// Whether notes are kept on this task (set by `Explainer`).
    @TaskLocal static var recording = false

    private(set) var items: [String] = []

    init() {}

    /// Literal notes are constant strings: cheap, so they are kept only when recording too.
    init(arrayLiteral elements: String...) {
        if Notes.recording { items = elements }
    }

    var isEmpty: Bool { items.isEmpty }
    var first: String? { items.first }

    mutating func append(_ note: @autoclosure () -> String) {
        if Notes.recording { items.append(note()) }
    }

    func joined(separator: String) -> String { items.joined(separator: separator) }

    func makeIterator() -> IndexingIterator<[String]> { items.makeIterator() }

    static func += (lhs: inout Notes, rhs: Notes) { lhs.items += rhs.items }

    static func + (lhs: Notes, rhs: Notes) -> Notes {
        var out = lhs
        out.items += rhs.items
        return out
    }
}
