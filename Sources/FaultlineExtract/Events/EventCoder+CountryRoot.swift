extension EventCoder {
    /// The country root of an actor code, `String(code.prefix(3))`, as a value compared
    /// without a string: the blame step compares the speaker's roots with every blamed
    /// party's, and building a three-character string per code (and comparing strings)
    /// cost more than the rest of the step.
    ///
    /// Canonical: a root of printable ASCII (every CAMEO code) is packed into `packed` (its
    /// bytes and length) with `text` nil; any other root keeps its text. Two roots are
    /// equal exactly when their strings are.
    struct CountryRoot: Equatable {
        let packed: UInt32
        let text: String?

        init(code: String) {
            // Up to three printable ASCII bytes followed by an ASCII byte or the end: the
            // first three characters are those bytes (a grapheme cluster joins nothing to
            // printable ASCII but a following non-ASCII mark, ruled out by the test on byte 3).
            let fast = code.utf8.withContiguousStorageIfAvailable { b -> UInt32? in
                let n = Swift.min(b.count, 3)
                for k in 0..<n where !(b[k] >= 0x20 && b[k] < 0x7F) { return nil }
                if b.count > 3, b[3] >= 0x80 { return nil }
                return CountryRoot.pack(b.prefix(n))
            }
            if let p = fast ?? nil {
                packed = p; text = nil
                return
            }
            let root = String(code.prefix(3))
            let bytes = Array(root.utf8)
            if bytes.count <= 3, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
                packed = CountryRoot.pack(bytes[...]); text = nil
            } else {
                packed = 0; text = root
            }
        }

        /// Whether the root is the empty string.
        var isEmpty: Bool {
            if let text { return text.isEmpty }
            return packed == 0
        }

        /// The bytes in the low three bytes, the length in the high one (so roots of different
        /// lengths never pack alike).
        static func pack<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
            var p = UInt32(bytes.count) << 24
            var shift: UInt32 = 0
            for b in bytes { p |= UInt32(b) << shift; shift += 8 }
            return p
        }
    }
}
