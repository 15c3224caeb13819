// The publish stage's public surface. Order of use in a run:
//   1. assertPublishAllowed(assessPublishEvent({env, event: await readEventPayload(env), allowUnsafe}))
//   2. target = await resolveRemoteTarget(dir, {...(settings.publish ?? DEFAULT_PUBLISH), token: settings.action?.githubToken ?? null})
//   3. sync = await syncStoreBranch({dir, target, branch})   -- before the store asks any history question
//   4. the store exports on sync.baseOid and commits locally   -- the candidate
//   5. outcome = await publishStore({dir, target, branch, candidate, rebuildOnTip})
//      PublishFailedError (PUBLISH_FAILED, exit 1) carries .files to upload as an artifact.
export { resolvePublishSettings, DEFAULT_PUBLISH, type PublishSettings, type PublishInputs } from './config.js'
export { assessPublishEvent, assertPublishAllowed, readEventPayload, type EventVerdict, type Env } from './unsafe-event.js'
export { resolveRemoteTarget, configuredRemoteUrl, redactUrl, authHeaders, type RemoteTarget, type TokenLike } from './remote.js'
export { syncStoreBranch, fetchCompleteHistory, assertCompleteHistory, shallowBoundariesReachable, type StoreSync } from './deepen.js'
export { alignLocalBranch, startingPoint, type LocalBranchUpdate, type StartingPoint, type StartProblem } from './local-branch.js'
export { publishStore, retryDelayMs, DEFAULT_MAX_ATTEMPTS, type BuiltExport, type RebuildOnTip, type PublishOutcome, type PublishEvent } from './race.js'
export { PublishFailedError, type PublishFailureDetails, type PublishFailureReason } from './failure.js'
export { fetchStoreTip, type StoreTip } from './store-tip.js'
