import { lazy, Suspense } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router-dom";
import { Alert, Box, CircularProgress } from "@mui/material";
import { useAuth } from "./auth";
import { ADMINISTRATION, Layout } from "./components/Layout";
import { LoginPage, SsoCallback } from "./pages/Login";

// Each page is its own chunk: the first page ships only what it needs.
const Vulnerabilities = lazy(() => import("./pages/Vulnerabilities"));
const VulnerabilityPage = lazy(() => import("./pages/Vulnerability"));
const Inbox = lazy(() => import("./pages/Inbox"));
const Policies = lazy(() => import("./pages/Policies"));
const PolicyPage = lazy(() => import("./pages/Policies").then((module) => ({ default: module.PolicyPage })));
const Activity = lazy(() => import("./pages/Activity"));
const Posture = lazy(() => import("./pages/Posture"));
const MyWork = lazy(() => import("./pages/MyWork"));
const Scans = lazy(() => import("./pages/Scans"));
const Repositories = lazy(() => import("./pages/Repositories"));
const Pipelines = lazy(() => import("./pages/Pipelines"));
const Execution = lazy(() => import("./pages/Pipelines").then((module) => ({ default: module.ExecutionPage })));
const Users = lazy(() => import("./pages/admin/Users"));
const Teams = lazy(() => import("./pages/admin/Teams"));
const Tokens = lazy(() => import("./pages/admin/Tokens"));
const Organization = lazy(() => import("./pages/admin/Organization"));
const Audit = lazy(() => import("./pages/admin/Audit"));
const Roles = lazy(() => import("./pages/admin/Roles"));
const Channels = lazy(() => import("./pages/admin/Channels"));
const Routing = lazy(() => import("./pages/admin/Routing"));
const System = lazy(() => import("./pages/admin/System"));
const NotFound = lazy(() => import("./pages/NotFound"));

function Loading() {
  return (
    <Box sx={{ display: "flex", justifyContent: "center", p: 6 }}>
      <CircularProgress aria-label="Loading" />
    </Box>
  );
}

const ADMIN_PAGES: Record<string, JSX.Element> = {
  "/admin/users": <Users />,
  "/admin/teams": <Teams />,
  "/admin/roles": <Roles />,
  "/admin/tokens": <Tokens />,
  "/admin/organization": <Organization />,
  "/admin/audit": <Audit />,
  "/admin/channels": <Channels />,
  "/admin/routing": <Routing />,
  "/admin/system": <System />,
};

/** A page for those holding `permission`; others are told, not shown it. */
function Allowed({ permission, children }: { permission: string; children: JSX.Element }) {
  const { can } = useAuth();
  if (!can(permission)) {
    return (
      <Alert severity="warning">
        Your roles do not allow this page (it needs the permission <code>{permission}</code>).
      </Alert>
    );
  }
  return children;
}

/** Pages that need a signed-in user; others go to the log-in page and come back. */
function SignedIn({ children }: { children: JSX.Element }) {
  const { identity } = useAuth();
  const location = useLocation();
  if (identity === undefined) {
    return <Loading />;
  }
  if (identity === null) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/login/sso" element={<SsoCallback />} />
      <Route
        element={
          <SignedIn>
            <Layout />
          </SignedIn>
        }
      >
        <Route index element={<Navigate to="/vulnerabilities" replace />} />
        <Route
          path="/vulnerabilities"
          element={
            <Suspense fallback={<Loading />}>
              <Vulnerabilities />
            </Suspense>
          }
        />
        <Route
          path="/vulnerabilities/:id"
          element={
            <Suspense fallback={<Loading />}>
              <VulnerabilityPage />
            </Suspense>
          }
        />
        <Route
          path="/policies"
          element={
            <Suspense fallback={<Loading />}>
              <Policies />
            </Suspense>
          }
        />
        <Route
          path="/policies/new"
          element={
            <Suspense fallback={<Loading />}>
              <PolicyPage />
            </Suspense>
          }
        />
        <Route
          path="/policies/:id"
          element={
            <Suspense fallback={<Loading />}>
              <PolicyPage />
            </Suspense>
          }
        />
        {ADMINISTRATION.map((entry) => (
          <Route
            key={entry.to}
            path={entry.to}
            element={
              <Allowed permission={entry.permission}>
                <Suspense fallback={<Loading />}>{ADMIN_PAGES[entry.to]}</Suspense>
              </Allowed>
            }
          />
        ))}
        <Route
          path="/my-work"
          element={
            <Suspense fallback={<Loading />}>
              <MyWork />
            </Suspense>
          }
        />
        <Route
          path="/scans"
          element={
            <Suspense fallback={<Loading />}>
              <Scans />
            </Suspense>
          }
        />
        <Route
          path="/repositories"
          element={
            <Suspense fallback={<Loading />}>
              <Repositories />
            </Suspense>
          }
        />
        <Route
          path="/pipelines"
          element={
            <Suspense fallback={<Loading />}>
              <Pipelines />
            </Suspense>
          }
        />
        <Route
          path="/pipelines/:pipelineId/executions/:executionId"
          element={
            <Suspense fallback={<Loading />}>
              <Execution />
            </Suspense>
          }
        />
        <Route
          path="/posture"
          element={
            <Suspense fallback={<Loading />}>
              <Posture />
            </Suspense>
          }
        />
        <Route
          path="/activity"
          element={
            <Suspense fallback={<Loading />}>
              <Activity />
            </Suspense>
          }
        />
        <Route
          path="/inbox"
          element={
            <Suspense fallback={<Loading />}>
              <Inbox />
            </Suspense>
          }
        />
        <Route
          path="*"
          element={
            <Suspense fallback={<Loading />}>
              <NotFound />
            </Suspense>
          }
        />
      </Route>
    </Routes>
  );
}
