import { chat } from "./cli/chat.js";

// Until the chat servers exist, `npm start` opens the terminal chat over the same answer engine.
await chat();
