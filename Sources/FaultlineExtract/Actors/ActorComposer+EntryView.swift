import FaultlineModel

extension ActorComposer {
    /// A lexicon actor read in place: the fields the composer asks of the actor an item
    /// names, each read from the lexicon's list when asked.
    ///
    /// `entry(_:)` returned a copy of the whole `ActorEntry` (its name, id, codes, dated
    /// codes …): every copy retained and released all its strings, about two hundred
    /// instructions, to read one or two fields. The view holds the list (one retain) and
    /// the index, and reads a field through the list's buffer: `actors[index].field` on
    /// the array still copied the whole entry in the composer's mutating steps.
    struct EntryView {
        let actors: [ActorEntry]
        let index: Int

        var kind: ActorKind { actors.withUnsafeBufferPointer { $0[index].kind } }
        var name: String { actors.withUnsafeBufferPointer { $0[index].name } }
        var code: String? { actors.withUnsafeBufferPointer { $0[index].code } }
        var country: String? { actors.withUnsafeBufferPointer { $0[index].country } }
        var demonym: Bool { actors.withUnsafeBufferPointer { $0[index].demonym } }
        var capital: Bool { actors.withUnsafeBufferPointer { $0[index].capital } }
        var region: Bool { actors.withUnsafeBufferPointer { $0[index].region } }

        /// `ActorEntry.code(on:)`.
        func code(on date: Int?) -> String? { actors.withUnsafeBufferPointer { $0[index].code(on: date) } }
    }
}
