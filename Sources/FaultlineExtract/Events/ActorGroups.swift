import FaultlineModel

/// The actor groups of one sentence (`SentenceContext.groups`), read like an array of
/// `ActorGroup`; the actors of group `g`, their kinds and codes are asked by its index.
///
/// Most groups are one mention naming its actors once: their lists are that mention's,
/// read in place, so such a group costs one plain element of one array. Only a group joining
/// several mentions (or a mention naming an actor twice) gets lists of its own, made once.
struct ActorGroups: RandomAccessCollection, Sendable {
    /// The sentence's mentions (sorted by start), whose indices the groups hold.
    let mentionSpans: [MentionSpan]
    private var items: [ActorGroup] = []
    /// The lists of the groups that join several mentions (most sentences have none).
    private var joinedLists: [Lists] = []

    /// A joined group's actors, each once in order of mention, with the kind and code
    /// ("" for none) of the mention that named it first.
    private struct Lists: Sendable {
        let actors: [String]
        let kinds: [ActorKind]
        let codes: [String]
    }

    init(mentions: [MentionSpan]) { mentionSpans = mentions }

    var startIndex: Int { 0 }
    var endIndex: Int { items.count }

    subscript(g: Int) -> ActorGroup { items[g] }

    mutating func reserveCapacity(_ n: Int) { items.reserveCapacity(n) }

    /// Adds the group of mentions `members` (indices in `mentionSpans`), ending at token
    /// `end`: its actors are the members', each once, in order.
    mutating func append(members: Range<Int>, end: Int) {
        let f = members.lowerBound
        if members.count == 1, ActorGroups.isUnique(mentionSpans[f].actors) {
            // One mention naming each actor once: its lists are the group's.
            let n = mentionSpans[f].actors.count, kind = mentionSpans[f].kind
            let coded = !(mentionSpans[f].code?.isEmpty ?? true)
            var kinds = ActorGroup.Kinds()
            if n > 0 { kinds.insert(kind) }
            items.append(ActorGroup(mentions: members, start: mentionSpans[f].start, end: end, kinds: kinds,
                                    isMediaOnly: n == 0 || kind == .media, isLocationOnly: n == 0 || kind == .location,
                                    hasParty: n > 0 && kind != .media && kind != .location && coded, joined: -1))
            return
        }
        // Sized once for every actor of the members: appending one by one regrew each list.
        var total = 0
        for m in members { total += mentionSpans[m].actors.count }
        var actors: [String] = []
        var kinds: [ActorKind] = []
        var codes: [String] = []
        actors.reserveCapacity(total); kinds.reserveCapacity(total); codes.reserveCapacity(total)
        for m in members {
            for a in mentionSpans[m].actors where !actors.contains(a) {
                actors.append(a); kinds.append(mentionSpans[m].kind); codes.append(mentionSpans[m].code ?? "")
            }
        }
        let set = ActorGroup.Kinds(kinds)
        let party = zip(kinds, codes).contains { $0.0 != .media && $0.0 != .location && !$0.1.isEmpty }
        joinedLists.append(Lists(actors: actors, kinds: kinds, codes: codes))
        items.append(ActorGroup(mentions: members, start: mentionSpans[f].start, end: end, kinds: set,
                                isMediaOnly: set.only(.media), isLocationOnly: set.only(.location), hasParty: party,
                                joined: Int32(joinedLists.count - 1)))
    }

    /// Actor ids of group `g`, each once, in order.
    func actors(_ g: Int) -> [String] {
        let j = Int(items[g].joined)
        return j < 0 ? mentionSpans[items[g].mentions.lowerBound].actors : joinedLists[j].actors
    }

    /// The kind of the `k`th actor of group `g`.
    func kind(ofActor k: Int, in g: Int) -> ActorKind {
        let j = Int(items[g].joined)
        return j < 0 ? mentionSpans[items[g].mentions.lowerBound].kind : joinedLists[j].kinds[k]
    }

    /// CAMEO code of each actor of group `g` ("" for none), in the order of `actors(g)`.
    func codes(_ g: Int) -> Codes {
        let j = Int(items[g].joined)
        if j >= 0 { return Codes(list: joinedLists[j].codes) }
        let m = items[g].mentions.lowerBound
        return Codes(sole: mentionSpans[m].code ?? "", count: mentionSpans[m].actors.count)
    }

    /// No actor twice (a mention's list is short: compared pairwise).
    private static func isUnique(_ actors: [String]) -> Bool {
        guard actors.count > 1 else { return true }
        for i in 1..<actors.count { for k in 0..<i where actors[k] == actors[i] { return false } }
        return true
    }

    /// The codes of a group's actors, read like an array: the one code of a one-mention
    /// group (repeated for each actor it names) kept inline, a list otherwise. An array per
    /// group was an allocation on every sentence, and a free when the sentence was done.
    struct Codes: RandomAccessCollection, Sendable {
        private let sole: String
        private let list: [String]
        private let isList: Bool
        let endIndex: Int

        init(sole: String, count: Int) { self.sole = sole; list = []; isList = false; endIndex = count }
        init(list: [String]) { sole = ""; self.list = list; isList = true; endIndex = list.count }

        var startIndex: Int { 0 }

        subscript(k: Int) -> String {
            precondition(k >= 0 && k < endIndex, "ActorGroups.Codes: index out of range")
            return isList ? list[k] : sole
        }
    }
}
