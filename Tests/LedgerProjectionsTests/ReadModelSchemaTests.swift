import LedgerProjections
import LedgerStore
import Testing

/// The read models' migrations are LedgerProjections' part of the one list: every table the projector
/// writes is created by one of them, and none of them reshapes the event log.
@Suite("Read-model migrations")
struct ReadModelSchemaTests {
    @Test("every read-model table is created by a read-model migration")
    func tablesOwned() throws {
        let sql = try ReadModelSchema.migrations().map(\.sql).joined(separator: "\n")
        for table in ReadModelSchema.tables {
            #expect(sql.contains("CREATE TABLE \(table) ") || sql.contains("CREATE TABLE \(table)("), "\(table) is created by no read-model migration")
        }
    }

    @Test("the read models' migrations are the list's, in its order, and leave the event log alone")
    func partOfTheList() throws {
        let all = try Schema.migrations().map(\.identifier)
        let mine = try ReadModelSchema.migrations().map(\.identifier)
        #expect(mine == all.filter(mine.contains))
        // Everything but the event log's own migrations belongs to the read models.
        #expect(all.filter { !mine.contains($0) } == ["001_event_log", "006_event_log_checks", "011_decision_withdrawn"])
        for migration in try ReadModelSchema.migrations() {
            #expect(!migration.sql.contains("CREATE TABLE events"), "\(migration.identifier) reshapes the event log")
        }
    }
}
