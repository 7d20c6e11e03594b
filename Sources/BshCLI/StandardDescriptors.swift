#if canImport(Glibc)
import Glibc
#endif

/// Standard input, output or error closed by the caller (`bsh <&-`, `bsh >&-`): the number is taken
/// by /dev/null opened the wrong way round, so that reading or writing it fails with EBADF, which
/// bsh reports, and no file or socket opened later takes the number and receives the output.
enum StandardDescriptors {
    static func reserveClosed() {
        for (descriptor, mode) in [(STDIN_FILENO, O_WRONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_RDONLY)] {
            guard fcntl(descriptor, F_GETFD) < 0, errno == EBADF else { continue }
            let opened = open("/dev/null", mode)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }
}
