/// Records that share their fields, stored by column: a million records cost their columns plus a
/// small reference each, where separate records would cost an array of values and a string each.
/// A record of the table (`record(at:)`) reads its fields from the columns when asked; it is equal
/// to, prints and converts like the same record built field by field.
///
/// A row's fields are the columns it has a value in, in column order. Immutable once built.
public final class ColumnTable: Sendable {
    /// The field names, in order.
    public let names: [String]
    /// The number of records.
    public let count: Int
    private let columns: [TableColumn]
    /// The positions of the columns some rows leave out; a row's shape says which of them it has.
    private let optionalColumns: [Int]
    /// The field names of each shape, one shared array per shape (bit i set: optional column i present).
    private let shapeKeys: [[String]]
    /// Whether no field holds a list or a record.
    let isFlat: Bool

    /// The most columns that some rows may leave out: the table keeps the field names of each
    /// combination (2 to this power of them).
    public static let maximumOptionalColumns = 8

    /// A table of `count` records with these columns, in field order. Nil when a column holds a
    /// different number of rows, is malformed, a name repeats, too many columns are optional, or the
    /// count is negative.
    public init?(count: Int, columns: [(name: String, column: TableColumn)]) {
        guard count >= 0, Set(columns.map(\.name)).count == columns.count,
              columns.allSatisfy({ ($0.column.rowCount ?? count) == count && $0.column.isWellFormed })
        else { return nil }
        let optional = columns.indices.filter { columns[$0].column.isOptional }
        guard optional.count <= Self.maximumOptionalColumns else { return nil }
        self.names = columns.map(\.name)
        self.count = count
        self.columns = columns.map(\.column)
        self.optionalColumns = optional
        isFlat = columns.allSatisfy { $0.column.isFlat }
        let names = self.names
        shapeKeys = (0..<(1 << optional.count)).map { shape in
            names.indices.filter { column in
                guard let bit = optional.firstIndex(of: column) else { return true }
                return shape & (1 << bit) != 0
            }.map { names[$0] }
        }
    }

    /// The record at `row`, reading its fields from the columns when asked.
    public func record(at row: Int) -> Record {
        Record(row: row, of: self)
    }

    /// Every record, in order: the list value of the table.
    public var records: [Value] {
        (0..<count).map { .record(Record(row: $0, of: self)) }
    }

    /// The field names of `row`, an array shared by every row of the same shape.
    func keys(at row: Int) -> [String] {
        var shape = 0
        for (bit, column) in optionalColumns.enumerated() where columns[column].value(at: row) != nil {
            shape |= 1 << bit
        }
        return shapeKeys[shape]
    }

    /// The field values of `row`, in the order of `keys(at:)`.
    func values(at row: Int) -> [Value] {
        columns.compactMap { $0.value(at: row) }
    }

    /// The value of the field `name` in `row`, nil when there is no such field or the row leaves it out.
    func value(_ name: String, at row: Int) -> Value? {
        names.firstIndex(of: name).flatMap { columns[$0].value(at: row) }
    }
}
