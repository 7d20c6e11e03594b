/// The pace of the simulated service. The base values follow the docs where they give one; every
/// value is multiplied by the configuration's `timeScale`.
struct SimulatedTimings: Sendable {
    /// RSE polling by agent state (general-api-info/limits): idle every 30 s, active every 2 s,
    /// real time "continuous", taken as 0.2 s.
    var idlePoll: Duration = .seconds(30)
    var activePoll: Duration = .seconds(2)
    var realTimePoll: Duration = .milliseconds(200)
    /// How long an `agent_activate` to `active` or `real_time` lasts before agents fall back to
    /// `idle`. The docs say only "after a specified period of time"; ten minutes covers an
    /// interactive session of browsing.
    var activationWindow: Duration = .seconds(600)
    /// From pickup to the agent's answer to a browse request.
    var browseAnswer: Duration = .milliseconds(300)
    /// Browse results "might disappear after a minute or so".
    var browseResultLifetime: Duration = .seconds(60)
    /// From pickup (`started`) to a finished log upload (`completed`).
    var logUpload: Duration = .seconds(2)
    /// Between a job's first states (`queued`, `preparing`, `in_progress`) and from a stop request
    /// to `stopped`.
    var jobStep: Duration = .seconds(1)
    /// How long a backup, a restore and a cleanup run once in progress.
    var backupRun: Duration = .seconds(6)
    var restoreRun: Duration = .seconds(4)
    var cleanupRun: Duration = .seconds(4)
    /// From pickup to the agent's report on a vault encryption or password verification request.
    var vaultAnswer: Duration = .milliseconds(500)

    /// The timings multiplied by `factor`. The activation window and a browse result's lifetime are
    /// periods a client keeps to in real time (it renews an activation every minute, reads a result
    /// within seconds), so a faster emulator shortens them no further than 2 minutes and 5 seconds.
    func scaled(by factor: Double) -> SimulatedTimings {
        var copy = self
        copy.idlePoll = idlePoll * factor
        copy.activePoll = activePoll * factor
        copy.realTimePoll = realTimePoll * factor
        copy.activationWindow = max(activationWindow * factor, min(activationWindow, .seconds(120)))
        copy.browseAnswer = browseAnswer * factor
        copy.browseResultLifetime = max(browseResultLifetime * factor, min(browseResultLifetime, .seconds(5)))
        copy.logUpload = logUpload * factor
        copy.jobStep = jobStep * factor
        copy.backupRun = backupRun * factor
        copy.restoreRun = restoreRun * factor
        copy.cleanupRun = cleanupRun * factor
        copy.vaultAnswer = vaultAnswer * factor
        return copy
    }
}
