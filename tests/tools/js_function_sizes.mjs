// Prints every function in the given JavaScript files that spans more than LIMIT lines, as
// "file:line name lines", using acorn's parser (a devDependency) so strings, regexes and templates are read right.
import { readFileSync } from "node:fs";
import { parse } from "acorn";

const [limit, ...files] = process.argv.slice(2);
const KINDS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

function walk(node, visit, parent) {
  if (!node || typeof node.type !== "string") return;
  visit(node, parent);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit, node));
    else if (value && typeof value.type === "string") walk(value, visit, node);
  }
}

function nameOf(node, parent) {
  if (node.id) return node.id.name;
  if (parent && (parent.type === "MethodDefinition" || parent.type === "Property") && parent.key) {
    return parent.key.name ?? parent.key.value;
  }
  if (parent && parent.type === "VariableDeclarator") return parent.id.name;
  return "(anonymous)";
}

let over = 0;
for (const file of files) {
  const ast = parse(readFileSync(file, "utf8"), { ecmaVersion: "latest", sourceType: "module", locations: true });
  walk(ast, (node, parent) => {
    if (!KINDS.has(node.type)) return;
    const lines = node.loc.end.line - node.loc.start.line + 1;
    if (lines > Number(limit)) { over++; console.log(`${file}:${node.loc.start.line} ${nameOf(node, parent)} ${lines}`); }
  });
}
process.exitCode = 0;
