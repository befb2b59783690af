/// An invariant a fuzz harness found broken, with the input summary needed to reproduce it.
///
/// Harness functions throw it instead of trapping, so the same checks run in XCTest (where a
/// trap would kill the test process) and under libFuzzer (whose entry point turns it into a
/// crash so the input is saved).
public struct FuzzFailure: Error, CustomStringConvertible, Sendable {
    public var target: String
    public var message: String

    public init(_ target: String, _ message: String) {
        self.target = target; self.message = message
    }

    public var description: String { "\(target): \(message)" }
}
