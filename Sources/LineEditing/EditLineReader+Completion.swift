import CEditLine

extension EditLineReader {
    /// Handles the completion key: asks the provider about the line and
    /// cursor, then edits the line or lists the candidates below it.
    func complete(in editor: OpaquePointer) -> BshEditAction {
        guard let provider = completionProvider else { return BshEditActionBeep }
        var buffer: UnsafePointer<CChar>?
        var cursorByte: Int32 = 0
        var length: Int32 = 0
        guard bsh_editor_line(editor, &buffer, &cursorByte, &length) == 0, let buffer else {
            return BshEditActionBeep
        }
        let line = String(decoding: UnsafeRawBufferPointer(start: buffer, count: Int(length)), as: UTF8.self)
        let cursor = LineOffsets.characterOffset(in: line, utf8Offset: Int(cursorByte))
        let completion = provider(line, cursor)
        let edit = CompletionEdit(line: line, cursor: cursor, completion: completion)

        if edit.deleteCount > 0 {
            let scalars = LineOffsets.scalarCount(in: line, before: cursor, characters: edit.deleteCount)
            bsh_editor_delete(editor, Int32(scalars))
        }
        if !edit.insertion.isEmpty {
            bsh_editor_insert(editor, edit.insertion)
        }
        if edit.listsCandidates {
            let rows = CandidateColumns.rows(
                CompletionEdit.unique(completion.candidates), width: Int(bsh_editor_columns(editor)))
            // The terminal is in raw mode: end each row with an explicit carriage return.
            bsh_editor_write(editor, "\r\n" + rows.joined(separator: "\r\n") + "\r\n")
            return BshEditActionRedisplay
        }
        return edit.isEmpty ? BshEditActionBeep : BshEditActionRefresh
    }
}
