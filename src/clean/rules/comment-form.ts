// The comment form under an article ("Leave A Reply", "Your email address will not be published"),
// and the buttons and notices around a comment thread ("Load more comments", "Comments are closed").
import { lineRule } from "../state.js";

const FORM =
  /^(?:leave a (?:reply|comment|response)|post a comment|add a comment|write a comment|cancel reply|post comment|submit comment|your email address will not be published\.?.*|required fields are marked\s*\*?\.?|save my name, email,? and website in this browser.*|(?:name|email|website|comment)\s*\*?:?|you must be logged in to post a comment\.?|comments (?:are|have been) (?:closed|disabled|turned off)(?: (?:for|on) this (?:article|story|post))?\.?|(?:load|show|view|see) (?:more|all|older|previous) comments)$/i;

export const commentForm = lineRule("clean/comment-form", (text) => FORM.test(text), 200);
