/// The relay (`via`) actor id of each claim frame of a sentence, nil where it has none, read
/// like an array by frame index.
///
/// Most frames name no relay: a list is made only when one does, where a `[String?]` per
/// sentence with frames was a malloc and a free spent on nils.
struct FrameVias: Sendable {
    /// Empty when no frame has a relay; else one entry per frame.
    private var list: [String?] = []

    init() {}

    /// `vias[k]` for every frame `k` (stored only if some entry is not nil).
    init(_ vias: [String?]) {
        if vias.contains(where: { $0 != nil }) { list = vias }
    }

    /// The relay of frame `k` (nil for none, and for any frame when no frame has one).
    subscript(k: Int) -> String? {
        list.isEmpty ? nil : list[k]
    }

    /// Sets the relay of frame `k` of `count` frames (the list is made at the first relay).
    mutating func set(_ via: String, at k: Int, count: Int) {
        if list.isEmpty { list = Array(repeating: nil, count: count) }
        list[k] = via
    }
}
