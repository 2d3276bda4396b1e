// SecureFlow for Jenkins: a shared-library step. Add clients/ci/jenkins as a shared
// library (Manage Jenkins → System → Global Pipeline Libraries) and call
//
//   secureflowUpload(reports: 'semgrep.sarif trivy.json', credentialsId: 'secureflow-token')
//
// from a stage that runs after your scanners on an agent with the `secureflow` CLI
// (the image from deploy/Dockerfile.cli, or `cargo install --path clients/rust/cli`).
// The repository, branch, commit and, for pull requests, the target branch come from
// Jenkins' Git and multibranch variables. The build fails exactly when the quality
// gate fails; with `unstableOnFailedGate: true` it is marked unstable instead.

def call(Map args = [:]) {
    String reports = args.reports ?: error('secureflowUpload: `reports` is required')
    String server = args.server ?: env.SECUREFLOW_SERVER ?: error('secureflowUpload: `server` or SECUREFLOW_SERVER is required')
    String credentialsId = args.credentialsId ?: 'secureflow-token'
    String format = args.format ?: 'auto'
    int status
    withCredentials([string(credentialsId: credentialsId, variable: 'SECUREFLOW_TOKEN')]) {
        withEnv(["SECUREFLOW_SERVER=${server}"]) {
            status = sh(returnStatus: true, script: "secureflow scan upload --format '${format}' ${reports}")
        }
    }
    if (status == 1) {
        if (args.unstableOnFailedGate) {
            unstable('SecureFlow: the quality gate failed')
        } else {
            error('SecureFlow: the quality gate failed')
        }
    } else if (status != 0) {
        error("SecureFlow: the upload failed (exit ${status})")
    }
    return status
}
