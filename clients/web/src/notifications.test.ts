import { describe, expect, it } from "vitest";
import { ChannelType } from "@secureflow/client/gen/secureflow/notification/v1/notification_pb.js";
import { channelField, channelKeys, channelValues } from "./notifications";

describe("the channel form", () => {
  it("places the server's refusals at the key's field", () => {
    expect(channelField("channel.settings.url")).toBe("values.url");
    expect(channelField("channel.credentials.secret")).toBe("values.secret");
    expect(channelField("channel.name")).toBe("name");
    expect(channelField("channel.type")).toBeUndefined();
  });

  it("sends settings and credentials apart, blanks left out (a stored credential kept)", () => {
    expect(channelValues(ChannelType.WEBHOOK, { url: " https://example.com/hook ", secret: "" })).toEqual({
      settings: { url: "https://example.com/hook" },
      credentials: {},
    });
    expect(channelValues(ChannelType.EMAIL, { host: "smtp", password: "pw", url: "not an e-mail key" })).toEqual({
      settings: { host: "smtp" },
      credentials: { password: "pw" },
    });
  });

  it("knows which keys are credentials", () => {
    expect(channelKeys(ChannelType.SLACK).filter((key) => key.credential).map((key) => key.name)).toEqual(["bot_token"]);
    expect(channelKeys(ChannelType.UNSPECIFIED)).toEqual([]);
  });
});
