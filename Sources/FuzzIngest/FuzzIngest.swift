import FuzzHarness

// libFuzzer target for `IngestHarness` (see scripts/fuzz.sh); without -D FUZZING a replayer.

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.one(IngestHarness.run, data, size)
}

@main
enum FuzzIngest {
    static func main() {
        FuzzEntry.main(name: "FuzzIngest", testOneInput: testOneInput, harness: IngestHarness.run, seeds: FuzzSeeds.ingest)
    }
}
