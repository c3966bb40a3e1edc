// Verifies Standard Webhooks signatures with the official npm package (standardwebhooks), independently of Lede's
// signing code. Reads a JSON array of {secret, headers, body (base64)} on stdin; prints one line per item: "ok" or
// the verification error.
const { Webhook } = require("standardwebhooks");
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  for (const item of JSON.parse(input)) {
    try {
      new Webhook(item.secret).verify(Buffer.from(item.body, "base64"), item.headers);
      console.log("ok");
    } catch (e) {
      console.log("refused: " + e.message);
    }
  }
});
