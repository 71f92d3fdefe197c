import { caseFile, ruleTester } from '../harness';

const req = (action: string, notice: string) => caseFile(`  - id: n\n    channel: interpol\n    action: ${action}\n    notice: ${notice}\n    person: { name: P }\n`);

ruleTester('notice-purpose', {
  valid: [
    { name: 'red for arrest', code: req('arrest', 'red') },
    { name: 'blue to locate', code: req('locate', 'blue') },
    { name: 'blue to identify', code: req('identify', 'blue') },
    { name: 'green to warn', code: req('warn', 'green') },
    { name: 'orange to warn', code: req('warn', 'orange') },
    { name: 'yellow for the missing', code: req('find_missing', 'yellow') },
    { name: 'a diffusion fits any person action', code: req('arrest', 'diffusion') },
    { name: 'purple is not checked', code: req('locate', 'purple') },
  ],
  invalid: [
    { name: 'red to locate', code: req('locate', 'red'), errors: [{ at: 'red' }], output: req('locate', 'blue') },
    { name: 'blue to arrest', code: req('arrest', 'blue'), errors: [{ at: 'blue' }], output: req('arrest', 'red') },
    { name: 'yellow to warn', code: req('warn', 'yellow'), errors: [{ at: 'yellow' }], output: req('warn', 'green') },
    { name: 'green for the missing', code: req('find_missing', 'green'), errors: [{ at: 'green' }], output: req('find_missing', 'yellow') },
  ],
});
