import FaultlineModel

/// The graph GraphML, GEXF and Cytoscape.js share, so the three formats always hold the
/// same nodes and edges.
///
/// Nodes: every actor (`actor:ID`), event (`event:ID`) and claim (`claim:ID`); an actor id
/// referenced by an event or claim but missing from `actors` gets a node of kind
/// `unknown`, so no edge dangles. Edges (attribute `kind`):
/// `source` actor → event, `target` event → actor, `location` event → place,
/// `says` speaker → claim, `via` relaying outlet → claim, `reports` claim → event,
/// `contradicts` claim → claim (one per contradiction), `cooccurs` actor a → actor b.
/// Edges to a missing event or claim are dropped; duplicates are written once.
struct ExportGraph {
    enum ValueType: String { case string, int, double, bool }

    enum Value: Equatable {
        case string(String), int(Int), double(Double), bool(Bool)
        var text: String {
            switch self {
            case .string(let s): return s
            case .int(let i): return String(i)
            case .double(let d): return ExportNumber.format(d)
            case .bool(let b): return b ? "true" : "false"
            }
        }
    }

    struct Attribute {
        var name: String
        var type: ValueType
    }

    struct Node {
        var id: String
        var label: String
        var values: [String: Value]
        var range: ExportDateRange?
    }

    struct Edge {
        var id: String
        var source: String
        var target: String
        var kind: String
        var weight: Double
        var values: [String: Value]
        var range: ExportDateRange?
    }

    static let nodeAttributes: [Attribute] = [
        .init(name: "type", type: .string), .init(name: "kind", type: .string),
        .init(name: "code", type: .string), .init(name: "country", type: .string),
        .init(name: "mentions", type: .int), .init(name: "pagerank", type: .double),
        .init(name: "betweenness", type: .double), .init(name: "date", type: .string),
        .init(name: "precision", type: .string), .init(name: "cameo", type: .string),
        .init(name: "plover", type: .string), .init(name: "quad", type: .int),
        .init(name: "goldstein", type: .double), .init(name: "negated", type: .bool),
        .init(name: "modality", type: .string), .init(name: "trigger", type: .string),
        .init(name: "stance", type: .string), .init(name: "cue", type: .string),
        .init(name: "text", type: .string), .init(name: "document", type: .string),
        .init(name: "sentence", type: .int),
    ]

    static let edgeAttributes: [Attribute] = [
        .init(name: "kind", type: .string), .init(name: "contradiction", type: .string),
        .init(name: "reason", type: .string), .init(name: "score", type: .double),
        .init(name: "explanation", type: .string), .init(name: "pmi", type: .double),
    ]

    private(set) var nodes: [Node] = []
    private(set) var edges: [Edge] = []
    private var nodeIDs: Set<String> = []
    private var edgeIDs: Set<String> = []

    static func actorNode(_ id: String) -> String { "actor:" + id }
    static func eventNode(_ id: String) -> String { "event:" + id }
    static func claimNode(_ id: String) -> String { "claim:" + id }

    init(_ index: ExportIndex) {
        let analysis = index.analysis
        let centrality = Dictionary(analysis.centrality.map { ($0.actor, $0) }, uniquingKeysWith: { a, _ in a })

        // Spans of actors: every dated event or claim they take part in.
        var actorRanges: [String: [ExportDateRange]] = [:]
        for e in index.events {
            guard let r = index.eventRanges[e.id] else { continue }
            for a in e.source + e.target + e.location { actorRanges[a, default: []].append(r) }
        }
        for c in index.sortedClaims {
            guard let r = index.claimRange(c) else { continue }
            for a in [c.speaker] + (c.via.map { [$0] } ?? []) { actorRanges[a, default: []].append(r) }
        }

        var referenced: [String] = []
        for e in index.events { referenced += e.source + e.target + e.location }
        for c in index.sortedClaims { referenced.append(c.speaker); if let v = c.via { referenced.append(v) } }
        for c in index.sortedCooccurrence { referenced += [c.a, c.b] }
        let known = Set(analysis.actors.map(\.id))
        let missing = Set(referenced).subtracting(known).sorted()

        for a in index.sortedActors {
            var v: [String: Value] = ["type": .string("actor"), "kind": .string(a.kind.rawValue), "mentions": .int(a.mentions)]
            if let c = a.code { v["code"] = .string(c) }
            if let c = a.country { v["country"] = .string(c) }
            if let c = centrality[a.id] { v["pagerank"] = .double(c.pagerank); v["betweenness"] = .double(c.betweenness) }
            addNode(Node(id: Self.actorNode(a.id), label: a.name, values: v, range: ExportDateRange.union(actorRanges[a.id] ?? [])))
        }
        for id in missing {
            addNode(Node(id: Self.actorNode(id), label: id, values: ["type": .string("actor"), "kind": .string(ActorKind.unknown.rawValue)],
                         range: ExportDateRange.union(actorRanges[id] ?? [])))
        }
        for e in index.events {
            var v: [String: Value] = [
                "type": .string("event"), "cameo": .string(e.cameo), "plover": .string(e.plover),
                "quad": .int(e.quad), "goldstein": .double(e.goldstein), "negated": .bool(e.negated),
                "modality": .string(e.modality.rawValue), "trigger": .string(e.trigger), "text": .string(e.text),
                "document": .string(e.document), "sentence": .int(e.sentence), "precision": .string(e.date.precision.rawValue),
            ]
            if let d = e.date.value { v["date"] = .string(d) }
            addNode(Node(id: Self.eventNode(e.id), label: Self.eventLabel(e), values: v, range: index.eventRanges[e.id]))
        }
        for c in index.sortedClaims {
            var v: [String: Value] = [
                "type": .string("claim"), "stance": .string(c.stance.rawValue), "cue": .string(c.cue),
                "text": .string(c.text), "document": .string(c.document), "sentence": .int(c.sentence),
                "precision": .string(c.date.precision.rawValue),
            ]
            if let d = c.date.value { v["date"] = .string(d) }
            addNode(Node(id: Self.claimNode(c.id), label: index.actorName(c.speaker) + ": " + c.cue, values: v, range: index.claimRange(c)))
        }

        for e in index.events {
            let r = index.eventRanges[e.id]
            let en = Self.eventNode(e.id)
            for a in e.source { addEdge(kind: "source", from: Self.actorNode(a), to: en, range: r) }
            for a in e.target { addEdge(kind: "target", from: en, to: Self.actorNode(a), range: r) }
            for a in e.location { addEdge(kind: "location", from: en, to: Self.actorNode(a), range: r) }
        }
        var eventsOfClaim: [String: [String]] = [:]
        for e in index.events { if let c = e.claim { eventsOfClaim[c, default: []].append(e.id) } }
        for c in index.sortedClaims {
            let r = index.claimRange(c)
            let cn = Self.claimNode(c.id)
            addEdge(kind: "says", from: Self.actorNode(c.speaker), to: cn, range: r)
            if let via = c.via { addEdge(kind: "via", from: Self.actorNode(via), to: cn, range: r) }
            for e in c.events + (eventsOfClaim[c.id] ?? []) { addEdge(kind: "reports", from: cn, to: Self.eventNode(e), range: index.eventRanges[e]) }
        }
        for x in index.sortedContradictions where x.claims.count >= 2 {
            let a = x.claims[0], b = x.claims[1]
            let ranges = [a, b].compactMap { index.claims[$0] }.compactMap { index.claimRange($0) }
            addEdge(kind: "contradicts", from: Self.claimNode(a), to: Self.claimNode(b), weight: x.score,
                    values: ["contradiction": .string(x.id), "reason": .string(x.kind.rawValue), "score": .double(x.score),
                             "explanation": .string(x.explanation)],
                    range: ExportDateRange.union(ranges), id: "contradicts:" + x.id)
        }
        for c in index.sortedCooccurrence {
            addEdge(kind: "cooccurs", from: Self.actorNode(c.a), to: Self.actorNode(c.b), weight: c.weight,
                    values: ["pmi": .double(c.pmi)], range: nil)
        }
    }

    static func eventLabel(_ e: Event) -> String {
        let head = e.plover.isEmpty ? e.cameo : e.cameo + " " + e.plover
        return e.trigger.isEmpty ? head : head + ": " + e.trigger
    }

    private mutating func addNode(_ n: Node) {
        guard nodeIDs.insert(n.id).inserted else { return }
        nodes.append(n)
    }

    private mutating func addEdge(kind: String, from: String, to: String, weight: Double = 1,
                                  values: [String: Value] = [:], range: ExportDateRange?, id: String? = nil) {
        guard nodeIDs.contains(from), nodeIDs.contains(to) else { return }
        let edgeID = id ?? kind + ":" + from + ">" + to
        guard edgeIDs.insert(edgeID).inserted else { return }
        var v = values
        v["kind"] = .string(kind)
        edges.append(Edge(id: edgeID, source: from, target: to, kind: kind, weight: weight, values: v, range: range))
    }
}

/// Deterministic number text for XML and CSV: integers without a fraction (`4`), other
/// values with Swift's shortest round-tripping form (`0.86`, `-10`); never `nan`/`inf`.
enum ExportNumber {
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "0" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }
}
