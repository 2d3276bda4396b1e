import { Link as RouterLink } from "react-router-dom";
import { Link, Stack, Typography } from "@mui/material";

export default function NotFound() {
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Page not found
      </Typography>
      <Typography>
        Nothing lives at this address. <Link component={RouterLink} to="/vulnerabilities">Go to the vulnerabilities</Link>.
      </Typography>
    </Stack>
  );
}
