import{R as U,U as G,r as C,V as M,a6 as F,j as t,Y as V,Z as p,_ as W,$ as j,a0 as P,a1 as h,a7 as K,a8 as Q,a9 as A,aa as N,u as _,S as I,T as x,A as H,e as X,b as Y,l as Z,m as J,C as q,d as B,g as rr,f as O,k as er}from"./index-BXD7u5YQ.js";import{u as ar}from"./useQuery-DK28xe0y.js";import{a as S,d as $,S as z,e as g}from"./security_service_pb-DE0eFe_G.js";import{r as tr,w as nr}from"./format-BUK7n3CK.js";import{T as ir}from"./TableContainer-BdGaxHl1.js";import{T as sr,a as or,b as D,c as l,d as lr}from"./TableRow-6G3HzvZU.js";import"./vulnerability_pb-B67Ycd0T.js";import"./enum-DgjJAyKu.js";function cr(e){return U("MuiLinearProgress",e)}G("MuiLinearProgress",["root","colorPrimary","colorSecondary","determinate","indeterminate","buffer","query","dashed","dashedColorPrimary","dashedColorSecondary","bar","bar1","bar2","barColorPrimary","barColorSecondary","bar1Indeterminate","bar1Determinate","bar1Buffer","bar2Indeterminate","bar2Buffer"]);const k=4,T=N`
  0% {
    left: -35%;
    right: 100%;
  }

  60% {
    left: 100%;
    right: -90%;
  }

  100% {
    left: 100%;
    right: -90%;
  }
`,dr=typeof T!="string"?A`
        animation: ${T} 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite;
      `:null,L=N`
  0% {
    left: -200%;
    right: 100%;
  }

  60% {
    left: 107%;
    right: -8%;
  }

  100% {
    left: 107%;
    right: -8%;
  }
`,ur=typeof L!="string"?A`
        animation: ${L} 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) 1.15s infinite;
      `:null,R=N`
  0% {
    opacity: 1;
    background-position: 0 -23px;
  }

  60% {
    opacity: 0;
    background-position: 0 -23px;
  }

  100% {
    opacity: 1;
    background-position: -200px -23px;
  }
`,pr=typeof R!="string"?A`
        animation: ${R} 3s infinite linear;
      `:null,fr=e=>{const{classes:r,variant:a,color:s}=e,c={root:["root",`color${p(s)}`,a],dashed:["dashed",`dashedColor${p(s)}`],bar1:["bar","bar1",`barColor${p(s)}`,(a==="indeterminate"||a==="query")&&"bar1Indeterminate",a==="determinate"&&"bar1Determinate",a==="buffer"&&"bar1Buffer"],bar2:["bar","bar2",a!=="buffer"&&`barColor${p(s)}`,a==="buffer"&&`color${p(s)}`,(a==="indeterminate"||a==="query")&&"bar2Indeterminate",a==="buffer"&&"bar2Buffer"]};return W(c,cr,r)},w=(e,r)=>e.vars?e.vars.palette.LinearProgress[`${r}Bg`]:e.palette.mode==="light"?K(e.palette[r].main,.62):Q(e.palette[r].main,.5),mr=j("span",{name:"MuiLinearProgress",slot:"Root",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.root,r[`color${p(a.color)}`],r[a.variant]]}})(P(({theme:e})=>({position:"relative",overflow:"hidden",display:"block",height:4,zIndex:0,"@media print":{colorAdjust:"exact"},variants:[...Object.entries(e.palette).filter(h()).map(([r])=>({props:{color:r},style:{backgroundColor:w(e,r)}})),{props:({ownerState:r})=>r.color==="inherit"&&r.variant!=="buffer",style:{"&::before":{content:'""',position:"absolute",left:0,top:0,right:0,bottom:0,backgroundColor:"currentColor",opacity:.3}}},{props:{variant:"buffer"},style:{backgroundColor:"transparent"}},{props:{variant:"query"},style:{transform:"rotate(180deg)"}}]}))),br=j("span",{name:"MuiLinearProgress",slot:"Dashed",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.dashed,r[`dashedColor${p(a.color)}`]]}})(P(({theme:e})=>({position:"absolute",marginTop:0,height:"100%",width:"100%",backgroundSize:"10px 10px",backgroundPosition:"0 -23px",variants:[{props:{color:"inherit"},style:{opacity:.3,backgroundImage:"radial-gradient(currentColor 0%, currentColor 16%, transparent 42%)"}},...Object.entries(e.palette).filter(h()).map(([r])=>{const a=w(e,r);return{props:{color:r},style:{backgroundImage:`radial-gradient(${a} 0%, ${a} 16%, transparent 42%)`}}})]})),pr||{animation:`${R} 3s infinite linear`}),gr=j("span",{name:"MuiLinearProgress",slot:"Bar1",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.bar,r.bar1,r[`barColor${p(a.color)}`],(a.variant==="indeterminate"||a.variant==="query")&&r.bar1Indeterminate,a.variant==="determinate"&&r.bar1Determinate,a.variant==="buffer"&&r.bar1Buffer]}})(P(({theme:e})=>({width:"100%",position:"absolute",left:0,bottom:0,top:0,transition:"transform 0.2s linear",transformOrigin:"left",variants:[{props:{color:"inherit"},style:{backgroundColor:"currentColor"}},...Object.entries(e.palette).filter(h()).map(([r])=>({props:{color:r},style:{backgroundColor:(e.vars||e).palette[r].main}})),{props:{variant:"determinate"},style:{transition:`transform .${k}s linear`}},{props:{variant:"buffer"},style:{zIndex:1,transition:`transform .${k}s linear`}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:{width:"auto"}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:dr||{animation:`${T} 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite`}}]}))),hr=j("span",{name:"MuiLinearProgress",slot:"Bar2",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.bar,r.bar2,r[`barColor${p(a.color)}`],(a.variant==="indeterminate"||a.variant==="query")&&r.bar2Indeterminate,a.variant==="buffer"&&r.bar2Buffer]}})(P(({theme:e})=>({width:"100%",position:"absolute",left:0,bottom:0,top:0,transition:"transform 0.2s linear",transformOrigin:"left",variants:[...Object.entries(e.palette).filter(h()).map(([r])=>({props:{color:r},style:{"--LinearProgressBar2-barColor":(e.vars||e).palette[r].main}})),{props:({ownerState:r})=>r.variant!=="buffer"&&r.color!=="inherit",style:{backgroundColor:"var(--LinearProgressBar2-barColor, currentColor)"}},{props:({ownerState:r})=>r.variant!=="buffer"&&r.color==="inherit",style:{backgroundColor:"currentColor"}},{props:{color:"inherit"},style:{opacity:.3}},...Object.entries(e.palette).filter(h()).map(([r])=>({props:{color:r,variant:"buffer"},style:{backgroundColor:w(e,r),transition:`transform .${k}s linear`}})),{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:{width:"auto"}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:ur||{animation:`${L} 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) 1.15s infinite`}}]}))),vr=C.forwardRef(function(r,a){const s=M({props:r,name:"MuiLinearProgress"}),{className:c,color:f="primary",value:o,valueBuffer:m,variant:d="indeterminate",...i}=s,u={...s,color:f,variant:d},n=fr(u),E=F(),v={},y={bar1:{},bar2:{}};if((d==="determinate"||d==="buffer")&&o!==void 0){v["aria-valuenow"]=Math.round(o),v["aria-valuemin"]=0,v["aria-valuemax"]=100;let b=o-100;E&&(b=-b),y.bar1.transform=`translateX(${b}%)`}if(d==="buffer"&&m!==void 0){let b=(m||0)-100;E&&(b=-b),y.bar2.transform=`translateX(${b}%)`}return t.jsxs(mr,{className:V(n.root,c),ownerState:u,role:"progressbar",...v,ref:a,...i,children:[d==="buffer"?t.jsx(br,{className:n.dashed,ownerState:u}):null,t.jsx(gr,{className:n.bar1,ownerState:u,style:y.bar1}),d==="determinate"?null:t.jsx(hr,{className:n.bar2,ownerState:u,style:y.bar2})]})}),yr={[g.RECEIVING]:"receiving",[g.PARSING]:"parsing",[g.DEDUPLICATING]:"deduplicating",[g.STORING]:"storing",[g.EVALUATING_GATE]:"evaluating the gate",[g.COMPLETED]:"completed",[g.FAILED]:"failed"},xr={[S.PASS]:["Pass","success"],[S.WARN]:["Warn","warning"],[S.FAIL]:["Fail","error"]};function Cr({scan:e}){const r=rr(),[a,s]=C.useState();C.useEffect(()=>{const o=new AbortController;return(async()=>{try{for await(const m of O(z).watchScan({id:e.id},{signal:o.signal}))s(m.progress)}catch{}o.signal.aborted||r.invalidateQueries({queryKey:["scans"]})})(),()=>o.abort()},[e.id,r]);const c=Number((a==null?void 0:a.findingsStored)??0n),f=Number((a==null?void 0:a.findingsDistinct)??0n);return t.jsxs(I,{spacing:.5,sx:{minWidth:160},children:[t.jsx(x,{variant:"caption",children:a?yr[a.phase]??"working":"starting"}),t.jsx(vr,{"aria-label":`Progress of the ${e.tool||"scan"} upload`,variant:f>0?"determinate":"indeterminate",value:f>0?100*c/f:void 0})]})}function jr({scan:e}){if(e.status===$.RECEIVING||e.status===$.PROCESSING)return t.jsx(Cr,{scan:e});if(e.status===$.FAILED)return t.jsx(q,{size:"small",color:"error",label:`Refused: ${e.error}`});const r=e.summary;return t.jsx("span",{children:r?`${r.new} new, ${r.updated} seen again, ${r.reopened} reopened, ${r.resolved} resolved`:"—"})}function Ar(){var m,d;const[e,r]=_(),a=e.get("repository")??"",[s,c]=C.useState([""]),f=s[s.length-1],o=ar({queryKey:["scans",a,f],queryFn:()=>O(z).listScans({repositoryId:a,pageSize:50,pageToken:f}),placeholderData:er});return t.jsxs(I,{spacing:2,children:[t.jsx(x,{variant:"h4",component:"h1",children:"Scans"}),o.error&&t.jsx(H,{severity:"error",children:X(o.error).message}),t.jsx(Y,{size:"small",label:"Repository",value:a,onChange:i=>{c([""]),r(i.target.value?{repository:i.target.value}:{})},sx:{maxWidth:320}}),t.jsx(ir,{children:t.jsxs(sr,{size:"small","aria-label":"Scans",children:[t.jsx(or,{children:t.jsxs(D,{children:[t.jsx(l,{children:"When"}),t.jsx(l,{children:"Where"}),t.jsx(l,{children:"Tool"}),t.jsx(l,{children:"Outcome"}),t.jsx(l,{children:"Gate"})]})}),t.jsx(lr,{children:(m=o.data)==null?void 0:m.scans.map(i=>{const u=i.gate?xr[i.gate.verdict]:void 0,n=i.scope;return t.jsxs(D,{hover:!0,children:[t.jsx(l,{title:nr(i.createTime),children:tr(i.createTime)}),t.jsxs(l,{children:[t.jsxs(Z,{component:J,to:`/vulnerabilities?repository=${encodeURIComponent((n==null?void 0:n.repositoryId)??"")}&branch=${encodeURIComponent((n==null?void 0:n.branch)??"")}`,children:[n==null?void 0:n.repositoryId," @ ",n==null?void 0:n.branch]}),(n==null?void 0:n.commitSha)&&t.jsx(x,{variant:"caption",component:"div",children:n.commitSha.slice(0,12)})]}),t.jsx(l,{children:i.tool||i.format}),t.jsx(l,{children:t.jsx(jr,{scan:i})}),t.jsx(l,{children:u?t.jsx(q,{size:"small",label:u[0],color:u[1]}):"—"})]},i.id)})})]})}),o.data&&o.data.scans.length===0&&t.jsx(x,{children:"No scans yet: upload a report with `secureflow scan upload`."}),t.jsxs(I,{direction:"row",spacing:2,children:[t.jsx(B,{disabled:s.length===1,onClick:()=>c(s.slice(0,-1)),children:"Previous"}),t.jsx(B,{disabled:!((d=o.data)!=null&&d.nextPageToken),onClick:()=>{var i;return c([...s,((i=o.data)==null?void 0:i.nextPageToken)??""])},children:"Next"})]})]})}export{Ar as default};
