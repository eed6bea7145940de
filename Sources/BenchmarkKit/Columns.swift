/// Raw column access for the built-in metrics' loops (indexes are rows of the data set).
struct Columns {
    let rows: RowAccess

    init(s: Series) { rows = s.data.rows }

    struct Column {
        let p: UnsafeMutablePointer<Double>?
        let rows: RowAccess
        @inline(__always) subscript(r: Int) -> Double {
            if let p { return p[r] }
            return rows.interactions(r)
        }
    }

    func callAsFunction(_ m: Measure) -> Column { Column(p: rows.pointer(m), rows: rows) }
}
