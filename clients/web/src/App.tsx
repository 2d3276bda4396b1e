import { lazy, Suspense } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router-dom";
import { Box, CircularProgress } from "@mui/material";
import { useAuth } from "./auth";
import { Layout } from "./components/Layout";
import { LoginPage } from "./pages/Login";

// Each page is its own chunk: the first page ships only what it needs.
const Vulnerabilities = lazy(() => import("./pages/Vulnerabilities"));
const VulnerabilityPage = lazy(() => import("./pages/Vulnerability"));
const Inbox = lazy(() => import("./pages/Inbox"));
const Policies = lazy(() => import("./pages/Policies"));
const Activity = lazy(() => import("./pages/Activity"));
const NotFound = lazy(() => import("./pages/NotFound"));

function Loading() {
  return (
    <Box sx={{ display: "flex", justifyContent: "center", p: 6 }}>
      <CircularProgress aria-label="Loading" />
    </Box>
  );
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
