import FaultlineModel

extension ActorComposer {
    /// The lexicon's role table, read field by field in place.
    ///
    /// A title's chain of roles is kept as indices into the table. Inside the long
    /// composition steps the optimiser left `lexicon.roles[r].kind` as a call returning a
    /// copy of the whole entry (retaining and releasing its strings), several times per
    /// title; each accessor here is small enough for that copy to fold into one field's load.
    struct Roles {
        let table: [RoleEntry]

        init(_ table: [RoleEntry]) { self.table = table }

        func kind(_ r: Int) -> ActorKind { table[r].kind }
        func isPerson(_ r: Int) -> Bool { table[r].kind == .person }
        func sector(_ r: Int) -> String? { table[r].sector }
        func key(_ r: Int) -> String { table[r].key }
        func template(_ r: Int) -> String { table[r].template }
        func fixedRoot(_ r: Int) -> String? { table[r].fixedRoot }
    }
}

extension ActorComposer {
    /// The roles of a title's chain, read from the scan items `range` (consecutive `.role`
    /// items), as indices into `lexicon.roles`.
    ///
    /// A view rather than an `[Int]`: a title's chain was collected into a new array for every
    /// role item of every sentence (one allocation and its release each time), though the
    /// items already hold the roles in order.
    struct RoleChain: RandomAccessCollection {
        let items: [ScanItem]
        let range: Range<Int>

        /// The chain of items `range`; each must be a `.role` item.
        init(items: [ScanItem], range: Range<Int>) {
            self.items = items
            self.range = range
        }

        var startIndex: Int { 0 }
        var endIndex: Int { range.count }

        subscript(i: Int) -> Int {
            guard case .role(let r) = items[range.lowerBound + i].kind else {
                preconditionFailure("a role chain holds role items only")
            }
            return r
        }
    }
}
