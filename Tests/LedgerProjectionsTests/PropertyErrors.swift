import Testing

/// Runs one property case, recording a thrown error as an issue.
///
/// PropertyBased 2.0.1 (with Swift 6.2 or later) runs the body under `try?`: an error the body throws
/// is dropped, so the case passes and no seed is printed. Every property body that can throw goes
/// through this, so that a thrown error fails the case (and PropertyBased prints its replay seed).
func recordingErrors(_ context: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
    } catch {
        Issue.record("\(error) (\(context()))", sourceLocation: sourceLocation)
    }
}
