/// A problem with the corpus store, with the file it concerns.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path; self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
