import FaultlineModel

/// Knobs of the corpus analysis. The defaults are the documented behaviour; tests and the
/// CLI change them only to explore.
public struct AnalysisOptions: Sendable, Hashable {
    /// Two reports are the same event when their days are at most this far apart.
    public var mergeWindowDays: Int
    /// Merge the same event reported in several places into one event.
    public var mergeEvents: Bool

    /// Detect near-duplicate (syndicated) documents and count them once.
    public var detectDuplicates: Bool
    /// Words per shingle for near-duplicate detection.
    public var shingleSize: Int
    /// Containment of shingle sets (shared shingles over the smaller set) from which two
    /// documents are near-duplicates.
    public var duplicateThreshold: Double
    /// The smaller shingle set must hold at least this share of the larger one: an excerpt
    /// is not a copy.
    public var duplicateMinSizeRatio: Double
    /// Documents with fewer shingles are never called duplicates (too little text to tell).
    public var minShingles: Int

    /// Claims are about the same situation only when their dates are at most this far apart.
    public var contradictionWindowDays: Int
    /// How many sentences around an explicit cue (`trái chiều`, `denied`) its claims may sit.
    public var explicitCueWindow: Int
    /// Detect contradictions between claims.
    public var detectContradictions: Bool

    /// Weight of one shared event against one shared sentence in `Cooccurrence.weight`.
    public var eventWeight: Double
    /// Actor kinds left out of co-occurrence and centrality (places are where, not who).
    public var cooccurrenceExcludedKinds: Set<ActorKind>

    /// PageRank damping factor.
    public var pagerankDamping: Double
    /// PageRank stops after this many iterations …
    public var pagerankIterations: Int
    /// … or when the L1 change of one iteration falls below this.
    public var pagerankTolerance: Double
    /// Above this many actors, betweenness is estimated from this many evenly spaced
    /// source actors (deterministic) instead of all of them.
    public var betweennessSampleLimit: Int

    public init(mergeWindowDays: Int = 1, mergeEvents: Bool = true,
                detectDuplicates: Bool = true, shingleSize: Int = 5, duplicateThreshold: Double = 0.9,
                minShingles: Int = 8, duplicateMinSizeRatio: Double = 0.6,
                contradictionWindowDays: Int = 2, explicitCueWindow: Int = 3, detectContradictions: Bool = true,
                eventWeight: Double = 2, cooccurrenceExcludedKinds: Set<ActorKind> = [.location],
                pagerankDamping: Double = 0.85, pagerankIterations: Int = 200, pagerankTolerance: Double = 1e-10,
                betweennessSampleLimit: Int = 2000) {
        self.mergeWindowDays = mergeWindowDays; self.mergeEvents = mergeEvents
        self.detectDuplicates = detectDuplicates; self.shingleSize = shingleSize
        self.duplicateThreshold = duplicateThreshold; self.minShingles = minShingles
        self.duplicateMinSizeRatio = duplicateMinSizeRatio
        self.contradictionWindowDays = contradictionWindowDays; self.explicitCueWindow = explicitCueWindow
        self.detectContradictions = detectContradictions
        self.eventWeight = eventWeight; self.cooccurrenceExcludedKinds = cooccurrenceExcludedKinds
        self.pagerankDamping = pagerankDamping; self.pagerankIterations = pagerankIterations
        self.pagerankTolerance = pagerankTolerance; self.betweennessSampleLimit = betweennessSampleLimit
    }

    /// The documented defaults.
    public static let `default` = AnalysisOptions()
}
