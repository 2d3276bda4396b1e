import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { create } from "@bufbuild/protobuf";
import {
  VulnerabilitySchema,
  VulnerabilityStatus,
} from "@secureflow/client/gen/secureflow/security/v1/vulnerability_pb.js";
import { Triage, needs } from "./Triage";

describe("triage", () => {
  it("asks a reason for a false positive, and a reason and an expiry for an accepted risk", () => {
    expect(needs(VulnerabilityStatus.IN_PROGRESS)).toEqual({ justification: false, expiry: false });
    expect(needs(VulnerabilityStatus.FALSE_POSITIVE)).toEqual({ justification: true, expiry: false });
    expect(needs(VulnerabilityStatus.ACCEPTED_RISK)).toEqual({ justification: true, expiry: true });
  });

  it("shows the fields the chosen status needs, and saves nothing unchanged", async () => {
    const vulnerability = create(VulnerabilitySchema, { id: "v1", status: VulnerabilityStatus.OPEN });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Triage vulnerability={vulnerability} />
      </QueryClientProvider>,
    );
    expect(screen.getByRole("button", { name: "Save" })).toBeDisabled();
    expect(screen.queryByLabelText("Justification")).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText("Status"));
    await userEvent.click(await screen.findByRole("option", { name: "Accepted risk" }));
    expect(screen.getByLabelText("Justification")).toBeInTheDocument();
    expect(screen.getByLabelText("Accepted until")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save" })).toBeEnabled();
  });
});
