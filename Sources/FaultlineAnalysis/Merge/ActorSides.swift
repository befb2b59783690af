import FaultlineModel

/// Which side of a conflict an actor stands on, at the grain that merging and blame need.
///
/// "The same dyad up to sector" must not make rebels and the army one side just because both
/// are Syrian, yet the Russian defence ministry, Lavrov and "Russia" do speak for one state.
/// So a side is the code's root plus a faction: every state sector (`GOV`, `MIL`, `COP`, `SPY`,
/// `JUD`, `LEG`) and a bare country root are `state`; `REB`, `INS`, `SEP`, `UAF` and `OPP` are
/// `opposition`; any other first sector stays itself (`SYR.CVL`, `IGO.UNO`, `RUS.MED`). An actor
/// without a code is a country's `state` when it is a country, else its own side (`id:…`).
/// An actor with an `affiliation` (`Kremlin-backed separatists`) takes its patron's side.
struct ActorSides {
    static let stateSectors: Set<String> = ["GOV", "MIL", "COP", "SPY", "JUD", "LEG"]
    static let oppositionSectors: Set<String> = ["REB", "INS", "SEP", "UAF", "OPP"]

    let actors: [String: Actor]
    private var cache: [String: String] = [:]

    init(actors: [String: Actor]) {
        self.actors = actors
        var cache: [String: String] = [:]
        cache.reserveCapacity(actors.count)
        for (id, actor) in actors { cache[id] = ActorSides.computeSide(id: id, actor: actor) }
        self.cache = cache
    }

    /// The side key of an actor id (`SYR.state`, `SYR.opposition`, `IGO.UNO`, `id:aleppo`).
    func side(_ id: String) -> String {
        cache[id] ?? "id:" + id
    }

    /// Sorted, de-duplicated side keys of several actors.
    func sides(_ ids: [String]) -> [String] {
        if ids.count == 1 { return [side(ids[0])] }
        return Array(Set(ids.map(side))).sorted()
    }

    /// The country (or IGO/NGO root) an actor belongs to, for country-level pairs.
    func country(_ id: String) -> String? {
        guard let a = actors[id] else { return nil }
        if let c = a.country { return c }
        if let code = a.code.flatMap(ActorCode.init) { return code.root }
        return nil
    }

    static func computeSide(id: String, actor: Actor) -> String {
        // `Kremlin-backed separatists` (UKRREB, affiliation RUS) fight on Russia's side.
        if let patron = actor.affiliation.flatMap(ActorCode.init) {
            return patron.root + "." + faction(patron.sectors)
        }
        if let code = actor.code.flatMap(ActorCode.init) {
            return code.root + "." + faction(code.sectors)
        }
        if actor.kind == .country, let c = actor.country { return c + ".state" }
        return "id:" + id
    }

    static func faction(_ sectors: [String]) -> String {
        guard let first = sectors.first else { return "state" }
        for s in sectors {
            if stateSectors.contains(s) { return "state" }
            if oppositionSectors.contains(s) { return "opposition" }
        }
        return first
    }

    /// The root part of a side key (`SYR` of `SYR.state`), nil for code-less sides.
    static func root(of side: String) -> String? {
        guard !side.hasPrefix("id:"), let dot = side.firstIndex(of: ".") else { return nil }
        return String(side[..<dot])
    }

    static func faction(of side: String) -> String? {
        guard !side.hasPrefix("id:"), let dot = side.firstIndex(of: ".") else { return nil }
        return String(side[side.index(after: dot)...])
    }

    /// True when two sides are on opposite ends of a conflict: the state and the opposition of
    /// one country, or two roots with material conflict between them somewhere in the corpus.
    static func opposing(_ a: String, _ b: String, hostileRoots: Set<RootPair>) -> Bool {
        guard a != b, let ra = root(of: a), let rb = root(of: b) else { return false }
        if ra == rb {
            let fa = faction(of: a), fb = faction(of: b)
            return (fa == "state" && fb == "opposition") || (fa == "opposition" && fb == "state")
        }
        return hostileRoots.contains(RootPair(ra, rb))
    }
}

/// An unordered pair of code roots.
struct RootPair: Hashable {
    let a: String, b: String
    init(_ x: String, _ y: String) { if x < y { a = x; b = y } else { a = y; b = x } }
}
