import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router-dom";
import { AuthContext, type AuthState } from "../auth";
import { LoginPage } from "./Login";

function signedOut(overrides: Partial<AuthState> = {}): AuthState {
  return {
    identity: null,
    login: vi.fn().mockResolvedValue(undefined),
    redeemSetupToken: vi.fn().mockResolvedValue(undefined),
    logout: vi.fn().mockResolvedValue(undefined),
    can: () => false,
    beginSso: vi.fn().mockResolvedValue(undefined),
    completeSso: vi.fn().mockResolvedValue(undefined),
    ...overrides,
  };
}

function renderLogin(auth: AuthState) {
  return render(
    <MemoryRouter>
      <AuthContext.Provider value={auth}>
        <LoginPage />
      </AuthContext.Provider>
    </MemoryRouter>,
  );
}

describe("the log-in form", () => {
  it("says what is missing at its field and sends nothing", async () => {
    const auth = signedOut();
    renderLogin(auth);
    await userEvent.click(screen.getByRole("button", { name: "Log in" }));
    expect(await screen.findByText("Enter an e-mail address")).toBeInTheDocument();
    expect(screen.getByText("Enter your password")).toBeInTheDocument();
    expect(auth.login).not.toHaveBeenCalled();
  });

  it("logs in with the organisation, e-mail and password", async () => {
    const auth = signedOut();
    renderLogin(auth);
    await userEvent.type(screen.getByLabelText("E-mail"), "dana@example.com");
    await userEvent.type(screen.getByLabelText("Password"), "correct horse");
    await userEvent.click(screen.getByRole("button", { name: "Log in" }));
    expect(auth.login).toHaveBeenCalledWith("default", "dana@example.com", "correct horse");
  });

  it("shows the server's refusal", async () => {
    const auth = signedOut({ login: vi.fn().mockRejectedValue(new Error("invalid e-mail or password")) });
    renderLogin(auth);
    await userEvent.type(screen.getByLabelText("E-mail"), "dana@example.com");
    await userEvent.type(screen.getByLabelText("Password"), "wrong");
    await userEvent.click(screen.getByRole("button", { name: "Log in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("invalid e-mail or password");
  });

  it("switches to the first admin's setup", async () => {
    renderLogin(signedOut());
    await userEvent.click(screen.getByRole("button", { name: /Set up the first admin/ }));
    expect(screen.getByRole("heading", { name: "Set up the first admin" })).toBeInTheDocument();
  });

  it("starts single sign-on with the organisation typed, and asks for one when empty", async () => {
    const auth = signedOut();
    renderLogin(auth);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Log in with single sign-on" }));
    expect(auth.beginSso).toHaveBeenCalledWith("default");
    await user.clear(screen.getByLabelText("Organisation"));
    await user.click(screen.getByRole("button", { name: "Log in with single sign-on" }));
    expect(await screen.findByText("Enter your organisation to sign in through its provider")).toBeInTheDocument();
    expect(auth.beginSso).toHaveBeenCalledTimes(1);
  });
});
