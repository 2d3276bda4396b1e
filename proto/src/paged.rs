//! The page fields every list request shares (`page_size`, `page_token`),
//! behind one trait so that services read a page the same way for every list.

/// A request for one page of a list: its `page_size` and `page_token`.
pub trait Paged {
    /// Rows asked for (0: the list's default).
    fn page_size(&self) -> i32;
    /// Where the page starts (empty: the first page).
    fn page_token(&self) -> &str;
}

macro_rules! paged {
    ($($package:ident :: $message:ident),* $(,)?) => {
        $(
            impl Paged for crate::secureflow::$package::v1::$message {
                fn page_size(&self) -> i32 {
                    self.page_size
                }
                fn page_token(&self) -> &str {
                    &self.page_token
                }
            }
        )*
        /// Full names of the messages that implement [`Paged`]; a test holds
        /// it equal to the messages of the contracts that have both fields.
        pub const PAGED_MESSAGES: &[&str] = &[
            $(concat!("secureflow.", stringify!($package), ".v1.", stringify!($message))),*
        ];
    };
}

paged!(
    hr::ListEmployeesRequest,
    hr::ListPerformanceReviewsRequest,
    identity::ListApiTokensRequest,
    identity::ListAuditRecordsRequest,
    identity::ListOrganizationsRequest,
    identity::ListRoleBindingsRequest,
    identity::ListRolesRequest,
    identity::ListTeamsRequest,
    identity::ListUsersRequest,
    notification::ListChannelsRequest,
    notification::ListDeliveriesRequest,
    notification::ListEscalationRulesRequest,
    notification::ListInboxRequest,
    notification::ListNotificationsRequest,
    notification::ListSubscriptionRulesRequest,
    notification::ListTemplatesRequest,
    pipeline::GetExecutionLogsRequest,
    pipeline::ListExecutionsRequest,
    pipeline::ListPipelinesRequest,
    repository::ListBranchesRequest,
    repository::ListCommitsRequest,
    repository::ListContributorsRequest,
    repository::ListPullRequestsRequest,
    repository::ListRepositoriesRequest,
    repository::ListWebhookDeliveriesRequest,
    security::ListPoliciesRequest,
    security::ListReportsRequest,
    security::ListScansRequest,
    security::ListVulnerabilitiesRequest,
    testing::ListTestExecutionsRequest,
    testing::ListTestSuitesRequest,
    workflow::ListWorkflowExecutionsRequest,
    workflow::ListWorkflowsRequest,
);
