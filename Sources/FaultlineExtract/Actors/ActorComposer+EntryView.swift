import FaultlineModel

extension ActorComposer {
    /// A lexicon actor read in place: the fields the composer asks of the actor an item
    /// names, each read from the lexicon's list when asked.
    ///
    /// `entry(_:)` returned a copy of the whole `ActorEntry` (its name, id, codes, dated
    /// codes …): every copy retained and released all its strings, about two hundred
    /// instructions, to read one or two fields. The view holds the list (one retain) and
    /// the index.
    struct EntryView {
        let actors: [ActorEntry]
        let index: Int

        var kind: ActorKind { actors[index].kind }
        var name: String { actors[index].name }
        var code: String? { actors[index].code }
        var country: String? { actors[index].country }
        var demonym: Bool { actors[index].demonym }
        var capital: Bool { actors[index].capital }
        var region: Bool { actors[index].region }

        /// `ActorEntry.code(on:)`.
        func code(on date: Int?) -> String? { actors[index].code(on: date) }
    }
}
