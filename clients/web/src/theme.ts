import { createTheme } from "@mui/material/styles";

/** One theme for the whole application (contrast checked by axe in the e2e tests). */
export const theme = createTheme({
  palette: {
    primary: { main: "#1f4e8c" },
    secondary: { main: "#6a3d9a" },
    error: { main: "#b3261e" },
    warning: { main: "#8a5300" },
    success: { main: "#1b6b3a" },
    info: { main: "#01579b" },
  },
  shape: { borderRadius: 6 },
  typography: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" },
});
