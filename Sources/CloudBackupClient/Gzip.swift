import CompressNIO
import NIOCore

/// Gunzips downloaded log files.
enum Gzip {
    /// The decompressed bytes when `data` starts with the gzip magic number, else `data` unchanged.
    static func decompressIfNeeded(_ data: [UInt8], operation: String) throws -> [UInt8] {
        guard data.count >= 2, data[0] == 0x1F, data[1] == 0x8B else { return data }
        var buffer = ByteBuffer(bytes: data)
        do {
            let output = try buffer.decompress(with: .gzip())
            return Array(output.readableBytesView)
        } catch {
            throw APIError(kind: .decoding, operation: operation, message: "the log file is not valid gzip (\(error))")
        }
    }
}
