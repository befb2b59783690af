/// A matching key hashed and compared by its UTF-8 bytes.
///
/// `String` hashing normalises non-ASCII text on every lookup, which dominated layout
/// analysis of Vietnamese text. Keys made by `Folding.key` from NFC text are byte-stable,
/// so byte equality is the right equality for them and much cheaper.
struct ByteKey: Hashable {
    let string: String

    init(_ string: String) {
        var s = string
        s.makeContiguousUTF8()
        self.string = s
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.string.utf8.elementsEqual(b.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
