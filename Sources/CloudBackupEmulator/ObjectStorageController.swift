import CloudBackupAPI
import CompressNIO
import Foundation
import Hummingbird

/// The slice of Cloud Files the emulator serves: downloads of uploaded logs,
/// `GET /v1/{account}/CloudBackupLogs/v2/{agent_id}/{date}.gz`, with a token or a temporary URL.
enum ObjectStorageController {
    static func download(_ request: Request, store: Store) async throws -> Response {
        let segments = request.uri.path.split(separator: "/").map { $0.removingPercentEncoding ?? String($0) }
        let objectName = segments.count > 3 ? segments[3...].joined(separator: "/") : ""
        let inLogContainer =
            segments.count > 3 && segments[1] == SeedProject.cloudFilesAccount && segments[2] == LogFileRecord.container
        let upload = inLogContainer ? await store.uploadedLogFile(objectName: objectName) : nil

        guard await isAuthorized(request, upload: upload?.record, store: store) else {
            return plainText(.unauthorized, "401 Unauthorized: Temp URL invalid\n")
        }
        guard let upload else {
            return plainText(.notFound, "404 Not Found: the object does not exist\n")
        }
        let text = LogContent.text(agent: upload.agent, logFileID: upload.record.id, requestedAt: upload.requestedAt)
        var plain = ByteBuffer(string: text)
        let gzipped = try plain.compress(with: .gzip())
        let bytes = Array(gzipped.readableBytesView)
        let headers: HTTPFields = [
            .contentType: "application/gzip",
            .eTag: MD5.hex(bytes),
            .contentLength: String(bytes.count),
        ]
        let response = Response(status: .ok, headers: headers, body: .init(byteBuffer: gzipped))
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// A valid token, or a temporary URL whose signature and expiry match the object's.
    private static func isAuthorized(_ request: Request, upload: LogFileRecord?, store: Store) async -> Bool {
        if let token = request.headers[.xAuthToken], await store.isValid(token: token) { return true }
        let query = request.uri.queryParameters
        guard let upload, let signature = query["temp_url_sig"],
            let expires = query["temp_url_expires"].flatMap({ Int($0) })
        else { return false }
        let now = await store.unixNow()
        return String(signature) == upload.tempURLSignature && expires == upload.tempURLExpires && expires > now
    }

    private static func plainText(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=UTF-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
